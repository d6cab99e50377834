package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.util.Objects;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * One live fact on a person's record as the indicators read it: corrections applied, retracted facts left
 * out by whoever builds the {@link PersonFacts}.
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
}
