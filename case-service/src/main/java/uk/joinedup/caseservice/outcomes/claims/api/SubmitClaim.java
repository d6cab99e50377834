package uk.joinedup.caseservice.outcomes.claims.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Submit the drafted claim to the paying department.
 *
 * @param expectedVersion the version of the result's claims the user saw: an older one is a conflict
 * @param caseManager whether the actor manages the family's case (ADR 13), read by the adapter
 * @param submittedOn today
 */
public record SubmitClaim(
        @TargetAggregateIdentifier ClaimId claimId,
        @TargetAggregateVersion Long expectedVersion,
        boolean caseManager,
        LocalDate submittedOn,
        Actor actor)
        implements ActingCommand {}
