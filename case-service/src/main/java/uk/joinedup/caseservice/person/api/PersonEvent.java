package uk.joinedup.caseservice.person.api;

/** Everything that can happen to a person, in the past tense. */
public sealed interface PersonEvent permits PersonRegistered, CaseNoteRecorded {

    PersonId personId();
}
