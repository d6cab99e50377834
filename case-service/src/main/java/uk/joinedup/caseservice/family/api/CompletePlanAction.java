package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Mark an action of the current support plan done. */
public record CompletePlanAction(
        @TargetAggregateIdentifier FamilyId familyId,
        ActionId actionId,
        LocalDate completedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
