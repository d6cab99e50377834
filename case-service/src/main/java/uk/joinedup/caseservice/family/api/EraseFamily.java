package uk.joinedup.caseservice.family.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.personaldata.ErasureId;

/** Erase a family's record, as an approved erasure carries it out: sent by the erasure, never by a user. */
public record EraseFamily(@TargetAggregateIdentifier FamilyId familyId, ErasureId erasureId) {}
