package uk.joinedup.caseservice.person.api;

import org.axonframework.serialization.Revision;

/** The owning agency withdrew a fact recorded in error; it stays in the history, marked retracted. */
@Revision("1")
public record AgencyFactRetracted(PersonId personId, FactId factId, String reason) implements PersonEvent {}
