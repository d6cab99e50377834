package uk.joinedup.caseservice.consent.api;

import uk.joinedup.caseservice.person.api.PersonId;

/** Everything that can happen to a consent to share, in the past tense. Expiry is not an event: it is a date. */
public sealed interface ConsentEvent permits ConsentRecorded, ConsentWithdrawn {

    ConsentId consentId();

    PersonId personId();
}
