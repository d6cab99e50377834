package uk.joinedup.caseservice.person.api;

import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.PersonalData;

/** Everything that can happen to a person's record, in the past tense. */
public sealed interface PersonEvent extends PersonalData
        permits PersonRegistered,
                PersonDetailsCorrected,
                DeathRecorded,
                AgencyFactRecorded,
                AgencyFactCorrected,
                AgencyFactRetracted {

    PersonId personId();

    @Override
    default DataSubject dataSubject() {
        return DataSubject.person(personId().value());
    }
}
