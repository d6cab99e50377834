package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Ask to join the team around the family, saying why; the lead professional or a case manager decides.
 *
 * @param requester the signed-in practitioner as their token describes them, with the role and contact
 *     they give
 */
public record RequestToJoinTeam(
        @TargetAggregateIdentifier FamilyId familyId,
        TeamMember requester,
        String reason,
        LocalDate requestedOn,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
