package uk.joinedup.caseservice.emergency.api;

import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.PersonalData;

/** Everything that can happen to an emergency override, in the past tense. Its end is a time, not an event. */
public sealed interface EmergencyOverrideEvent extends PersonalData
        permits EmergencyAccessGranted, EmergencyOverrideReviewed {

    OverrideId overrideId();

    PersonId personId();

    @Override
    default DataSubject dataSubject() {
        return DataSubject.person(personId().value());
    }
}
