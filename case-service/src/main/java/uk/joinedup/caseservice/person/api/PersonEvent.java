package uk.joinedup.caseservice.person.api;

/** Everything that can happen to a person's record, in the past tense. */
public sealed interface PersonEvent
        permits PersonRegistered,
                PersonDetailsCorrected,
                DeathRecorded,
                AgencyFactRecorded,
                AgencyFactCorrected,
                AgencyFactRetracted {

    PersonId personId();
}
