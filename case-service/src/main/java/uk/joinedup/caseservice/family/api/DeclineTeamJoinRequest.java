package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Decline a practitioner's request to join the team, saying why. */
public record DeclineTeamJoinRequest(
        @TargetAggregateIdentifier FamilyId familyId,
        String userId,
        String reason,
        LocalDate declinedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
