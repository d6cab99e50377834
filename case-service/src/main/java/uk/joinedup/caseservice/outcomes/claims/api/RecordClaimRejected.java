package uk.joinedup.caseservice.outcomes.claims.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Record that the paying department rejected the submitted claim, and why: the result may then be claimed
 * again.
 *
 * @param expectedVersion the version of the result's claims the user saw: an older one is a conflict
 * @param rejectedOn the day it was rejected, not before it was submitted nor after today
 * @param reason the department's reason, in words that name nobody
 * @param caseManager whether the actor manages the family's case (ADR 13), read by the adapter
 * @param recordedOn today
 */
public record RecordClaimRejected(
        @TargetAggregateIdentifier ClaimId claimId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate rejectedOn,
        String reason,
        boolean caseManager,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
