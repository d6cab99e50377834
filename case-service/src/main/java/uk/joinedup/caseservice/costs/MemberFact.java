package uk.joinedup.caseservice.costs;

import java.time.LocalDate;
import java.util.Objects;
import uk.joinedup.caseservice.catalogue.AgencyFact;

/**
 * A live fact about a member of a family, as the sharing policy showed it to the viewer: what the unit costs are
 * matched against.
 */
public record MemberFact(String personId, LocalDate occurredOn, AgencyFact fact) {

    public MemberFact {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(fact, "fact");
    }
}
