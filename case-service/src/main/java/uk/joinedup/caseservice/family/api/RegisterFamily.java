package uk.joinedup.caseservice.family.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Register a family (household). */
public record RegisterFamily(@TargetAggregateIdentifier FamilyId familyId, String name, Actor actor)
        implements ActingCommand {}
