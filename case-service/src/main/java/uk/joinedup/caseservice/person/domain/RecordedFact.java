package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;

/**
 * What a person's record remembers of a fact: the fact as last corrected, to decide about corrections,
 * retractions and the rules between facts (parents, claims, treatment episodes, attendance).
 */
record RecordedFact(AgencyFact fact, LocalDate occurredOn, AgencyId owningAgency, boolean retracted) {

    String kind() {
        return FactCatalogue.name(fact);
    }

    RecordedFact correct(AgencyFact corrected, LocalDate correctedOccurredOn) {
        return new RecordedFact(corrected, correctedOccurredOn, owningAgency, retracted);
    }

    RecordedFact retract() {
        return new RecordedFact(fact, occurredOn, owningAgency, true);
    }
}
