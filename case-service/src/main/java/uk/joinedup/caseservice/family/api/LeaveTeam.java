package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Take a practitioner off the team around the family: themselves, or anyone by the lead or a case manager.
 *
 * @param expectedVersion the version the user saw, required by the API; an older one is a conflict. Null skips
 *     the check: only for callers inside the service that decide on the family as it is (the demo script)
 */
public record LeaveTeam(
        @TargetAggregateIdentifier FamilyId familyId,
        @TargetAggregateVersion Long expectedVersion,
        String userId,
        LocalDate leftOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
