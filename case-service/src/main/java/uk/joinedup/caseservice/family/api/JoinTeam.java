package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Add a practitioner to the team around the family: the lead professional's or a case manager's
 * decision. The member's name and agency come from the staff directory, never from a request.
 *
 * @param expectedVersion the version the user saw, required by the API; an older one is a conflict. Null skips
 *     the check: only for callers inside the service that decide on the family as it is (the demo script)
 */
public record JoinTeam(
        @TargetAggregateIdentifier FamilyId familyId,
        @TargetAggregateVersion Long expectedVersion,
        TeamMember member,
        LocalDate joinedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
