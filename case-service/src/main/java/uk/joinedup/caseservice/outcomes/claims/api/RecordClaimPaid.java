package uk.joinedup.caseservice.outcomes.claims.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Record that the submitted claim was paid.
 *
 * @param expectedVersion the version of the result's claims the user saw: an older one is a conflict
 * @param paidOn the day it was paid, not before it was submitted nor after today
 * @param caseManager whether the actor manages the family's case (ADR 13), read by the adapter
 * @param recordedOn today
 */
public record RecordClaimPaid(
        @TargetAggregateIdentifier ClaimId claimId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate paidOn,
        boolean caseManager,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
