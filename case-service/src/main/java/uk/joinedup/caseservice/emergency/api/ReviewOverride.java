package uk.joinedup.caseservice.emergency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Review an emergency override: was breaking glass justified? */
public record ReviewOverride(
        @TargetAggregateIdentifier OverrideId overrideId, boolean justified, String note, Actor actor)
        implements ActingCommand {}
