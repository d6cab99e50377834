package uk.joinedup.caseservice.outcomes.schemes;

import java.time.LocalDate;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * A stretch of time someone was in a state (on a benefit, in a job): from its first day up to, not
 * including, the day it ended.
 *
 * @param from first day
 * @param until the day it ended, or null while it lasts
 * @param started the fact that started it
 * @param ended the fact that ended it, or null
 */
record Spell(LocalDate from, LocalDate until, DatedFact<?> started, DatedFact<?> ended) {

    boolean coversDay(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
