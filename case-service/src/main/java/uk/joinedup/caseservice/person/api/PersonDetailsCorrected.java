package uk.joinedup.caseservice.person.api;

import org.axonframework.serialization.Revision;

/** A person's details were corrected; {@code details} replace the previous ones. */
@Revision("1")
public record PersonDetailsCorrected(PersonId personId, PersonDetails details, String reason) implements PersonEvent {}
