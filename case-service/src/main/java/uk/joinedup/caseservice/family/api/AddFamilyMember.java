package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Add a registered person to the household: the lead professional's or a case manager's decision.
 *
 * @param expectedVersion the version the user saw, required by the API; an older one is a conflict. Null skips
 *     the check: only for callers inside the service that decide on the family as it is (the demo script)
 */
public record AddFamilyMember(
        @TargetAggregateIdentifier FamilyId familyId,
        @TargetAggregateVersion Long expectedVersion,
        PersonId personId,
        Relationship relationship,
        LocalDate joinedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
