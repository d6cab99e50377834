package uk.joinedup.caseservice.retention.web;

import java.util.List;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedule;

/**
 * A retention schedule as an officer reads it.
 *
 * @param records {@code family-case}, {@code child} or {@code adult}
 * @param trigger {@code case-closed}, {@code date-of-birth} or {@code last-fact}
 * @param period ISO-8601, e.g. {@code P6Y}
 * @param periodInWords e.g. "6 years after the case closed", "until the 25th birthday"
 * @param longestWins whether it gives way to a longer schedule covering the same records
 */
public record RetentionScheduleView(
        String id,
        String name,
        String records,
        List<String> categories,
        String trigger,
        String period,
        String periodInWords,
        String basis,
        boolean longestWins) {

    static RetentionScheduleView of(RetentionSchedule schedule) {
        return new RetentionScheduleView(
                schedule.id(),
                schedule.name(),
                schedule.records().key(),
                schedule.categories().stream().map(Enum::name).sorted().toList(),
                schedule.trigger().key(),
                schedule.period().toString(),
                schedule.periodInWords(),
                schedule.basis(),
                schedule.whenOverlapping().isPresent());
    }
}
