package uk.joinedup.caseservice.outcomes.schemes;

import java.time.LocalDate;
import java.util.Objects;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * One fact in a family member's record, as a scheme reads it.
 *
 * @param factId the fact, named as evidence in findings
 * @param occurredOn its business date (for an offence, the date it was proven)
 * @param fact what was recorded
 */
public record DatedFact(FactId factId, LocalDate occurredOn, AgencyFact fact) {

    public DatedFact {
        Objects.requireNonNull(factId, "fact id");
        Objects.requireNonNull(occurredOn, "occurred on");
        Objects.requireNonNull(fact, "fact");
    }

    /** Whether this fact is of the given kind. */
    boolean is(Class<? extends AgencyFact> kind) {
        return kind.isInstance(fact);
    }

    /** Whether it occurred on a day from {@code from} to {@code to}, both included. */
    boolean within(LocalDate from, LocalDate to) {
        return !occurredOn.isBefore(from) && !occurredOn.isAfter(to);
    }
}
