package uk.joinedup.caseservice.emergency.api;

import uk.joinedup.caseservice.person.api.PersonId;

/** Everything that can happen to an emergency override, in the past tense. Its end is a time, not an event. */
public sealed interface EmergencyOverrideEvent permits EmergencyAccessGranted, EmergencyOverrideReviewed {

    OverrideId overrideId();

    PersonId personId();
}
