package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Approve a practitioner's request to join the team: they join it. */
public record ApproveTeamJoinRequest(
        @TargetAggregateIdentifier FamilyId familyId,
        String userId,
        LocalDate approvedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
