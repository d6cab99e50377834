package uk.joinedup.caseservice.outcomes.facts;

import java.time.LocalDate;
import java.util.Objects;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * One live fact on a person's record as the indicators and the payment-by-results schemes read it:
 * corrections applied, retracted facts left out by whoever assembles the facts.
 *
 * @param id the fact's id, the evidence a drill-down shows
 * @param occurredOn the fact's business date
 * @param fact what happened
 */
public record DatedFact<T extends AgencyFact>(FactId id, LocalDate occurredOn, T fact) {

    public DatedFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(fact, "fact");
    }

    /** Whether this fact is of the given kind. */
    public boolean is(Class<? extends AgencyFact> kind) {
        return kind.isInstance(fact);
    }

    /** Whether it occurred on a day from {@code from} to {@code to}, both included. */
    public boolean within(LocalDate from, LocalDate to) {
        return !occurredOn.isBefore(from) && !occurredOn.isAfter(to);
    }
}
