package uk.joinedup.caseservice.outcomes.indicators;

import java.util.List;

/**
 * {@link Measure#ATTENDANCE} for a caseload: counted in sessions, so it is not a {@link MeasureResult}.
 *
 * @param sessionsAttended the numerator: sessions possible less every session missed, authorised or not
 * @param sessionsPossible the denominator
 * @param children the children counted, each with their attendance records as evidence
 */
public record Attendance(long sessionsAttended, long sessionsPossible, List<Counted> children) {

    public Attendance {
        children = List.copyOf(children);
    }

    public Measure measure() {
        return Measure.ATTENDANCE;
    }
}
