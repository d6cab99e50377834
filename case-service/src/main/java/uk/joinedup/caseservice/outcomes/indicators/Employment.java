package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import uk.joinedup.caseservice.catalogue.JobEnded;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * Whether a person was in work on a day, from their job starts and ends. A job ended on a day is no longer
 * held that day. A {@link JobEnded} does not say which job ended: it ends the most recently started job
 * still held, so that someone with two jobs who leaves one is still in work. A zero-hours job counts: it is
 * employment (the Labour Force Survey counts zero-hours workers as employed).
 */
final class Employment {

    private Employment() {}

    /** The start of the job they held on the day (the latest, if several), or empty if none. */
    static Optional<DatedFact<JobStarted>> jobOn(PersonFacts person, LocalDate day) {
        Deque<DatedFact<JobStarted>> held = new ArrayDeque<>();
        for (DatedFact<?> fact : person.facts()) {
            if (fact.occurredOn().isAfter(day)) {
                break;
            }
            if (fact.fact() instanceof JobStarted) {
                @SuppressWarnings("unchecked")
                DatedFact<JobStarted> started = (DatedFact<JobStarted>) fact;
                held.push(started);
            } else if (fact.fact() instanceof JobEnded && !held.isEmpty()) {
                held.pop();
            }
        }
        return Optional.ofNullable(held.peek());
    }
}
