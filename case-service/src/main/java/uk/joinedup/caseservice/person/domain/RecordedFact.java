package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;

/**
 * What a person's record remembers of a fact to decide about corrections, retractions and the rules between
 * facts: its kind, date and owner, and, for the kinds those rules read ({@link RecordedFacts#reads}), the fact
 * as last corrected. Other facts' content (case notes, say) is not kept in the aggregate or its snapshots.
 *
 * @param fact the fact, or null for a kind no rule between facts reads
 */
record RecordedFact(String kind, AgencyFact fact, LocalDate occurredOn, AgencyId owningAgency, boolean retracted) {

    static RecordedFact of(AgencyFact fact, LocalDate occurredOn, AgencyId owningAgency) {
        return new RecordedFact(FactCatalogue.name(fact), kept(fact), occurredOn, owningAgency, false);
    }

    RecordedFact correct(AgencyFact corrected, LocalDate correctedOccurredOn) {
        return new RecordedFact(kind, kept(corrected), correctedOccurredOn, owningAgency, retracted);
    }

    RecordedFact retract() {
        return new RecordedFact(kind, fact, occurredOn, owningAgency, true);
    }

    private static AgencyFact kept(AgencyFact fact) {
        return RecordedFacts.reads(fact) ? fact : null;
    }
}
