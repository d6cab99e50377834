package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Take a practitioner off the team around the family. */
public record LeaveTeam(
        @TargetAggregateIdentifier FamilyId familyId,
        String userId,
        LocalDate leftOn,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
