package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Add a practitioner to the team around the family: the lead professional's or a case manager's
 * decision. The member's name and agency come from the staff directory, never from a request.
 */
public record JoinTeam(
        @TargetAggregateIdentifier FamilyId familyId,
        TeamMember member,
        LocalDate joinedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
