package uk.joinedup.caseservice.person.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Retract a fact the actor's agency recorded in error. */
public record RetractAgencyFact(@TargetAggregateIdentifier PersonId personId, FactId factId, String reason, Actor actor)
        implements ActingCommand {}
