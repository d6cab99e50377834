package uk.joinedup.caseservice.outcomes.dashboard;

import java.util.List;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.outcomes.indicators.Measure;

/**
 * What one person adds to each quarter's figures as one viewer may see them: the figures of a caseload are the
 * sums of its people's, as no measure counts a person by anyone else's facts.
 *
 * @param withheldOf the categories of their facts the policy withheld from the viewer
 * @param quarters what they add to each quarter asked for, in order
 */
record PersonFigures(String personId, Set<InformationCategory> withheldOf, List<Share> quarters) {

    PersonFigures {
        withheldOf = Set.copyOf(withheldOf);
        quarters = List.copyOf(quarters);
    }

    /** Whether the measure counts them in the quarter at this index (for attendance: their sessions). */
    boolean counted(Measure measure, int quarter) {
        Share share = quarters.get(quarter);
        return measure == Measure.ATTENDANCE ? share.inAttendance() : share.denominator(measure) > 0;
    }

    /**
     * What a person adds to one quarter.
     *
     * @param counts the times they are in each measure's denominator then numerator, by the measure's ordinal
     *     (denominators first); empty where they count in none
     * @param inAttendance whether their attendance was counted
     */
    record Share(int[] counts, long sessionsAttended, long sessionsPossible, boolean inAttendance) {

        static final Share NONE = new Share(new int[0], 0, 0, false);

        private static final int MEASURES = Measure.values().length;

        int denominator(Measure measure) {
            return counts.length == 0 ? 0 : counts[measure.ordinal()];
        }

        int numerator(Measure measure) {
            return counts.length == 0 ? 0 : counts[MEASURES + measure.ordinal()];
        }
    }
}
