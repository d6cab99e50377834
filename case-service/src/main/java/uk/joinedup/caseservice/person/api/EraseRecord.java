package uk.joinedup.caseservice.person.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.personaldata.ErasureId;

/** Erase a person's record, as an approved erasure carries it out: sent by the erasure, never by a user. */
public record EraseRecord(@TargetAggregateIdentifier PersonId personId, ErasureId erasureId) {}
