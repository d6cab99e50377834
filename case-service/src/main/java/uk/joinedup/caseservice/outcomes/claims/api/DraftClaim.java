package uk.joinedup.caseservice.outcomes.claims.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.FamilyId;

/**
 * Draft a claim for a result the family has achieved.
 *
 * @param expectedVersion the version of the result's claims the user saw, or null if they saw none: an older
 *     one is a conflict
 * @param judged the result as the scheme's evaluation judges it today
 * @param caseManager whether the actor is a team manager of an agency involved in the family's case, read by
 *     the adapter from the family's record (ADR 13)
 * @param draftedOn today
 */
public record DraftClaim(
        @TargetAggregateIdentifier ClaimId claimId,
        @TargetAggregateVersion Long expectedVersion,
        String scheme,
        FamilyId familyId,
        String result,
        JudgedResult judged,
        boolean caseManager,
        LocalDate draftedOn,
        Actor actor)
        implements ActingCommand {}
