package uk.joinedup.caseservice.retention.evaluation;

import java.time.LocalDate;
import uk.joinedup.caseservice.retention.schedules.RetentionSchedule;

/** When retention ends: on a day decided by a schedule, or not while something stands. */
public sealed interface Ends {

    /** Retention ends on this day (the records are due for review from it), as this schedule decides. */
    record On(LocalDate day, RetentionSchedule schedule) implements Ends {}

    /** Never while a case is open: the period starts when it closes. */
    record WhileCaseOpen() implements Ends {}

    /** No end can be worked out: the reason says why, and the records are kept until someone decides. */
    record Undecided(String reason) implements Ends {}
}
