package uk.joinedup.caseservice.consent.api;

import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.PersonalData;

/** Everything that can happen to a consent to share, in the past tense. Expiry is not an event: it is a date. */
public sealed interface ConsentEvent extends PersonalData permits ConsentRecorded, ConsentWithdrawn {

    ConsentId consentId();

    PersonId personId();

    @Override
    default DataSubject dataSubject() {
        return DataSubject.person(personId().value());
    }
}
