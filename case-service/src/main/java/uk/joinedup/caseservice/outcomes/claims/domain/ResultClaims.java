package uk.joinedup.caseservice.outcomes.claims.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimDrafted;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimId;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimPaid;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimRejected;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimStatus;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimSubmitted;
import uk.joinedup.caseservice.outcomes.claims.api.DraftClaim;
import uk.joinedup.caseservice.outcomes.claims.api.RecordClaimPaid;
import uk.joinedup.caseservice.outcomes.claims.api.RecordClaimRejected;
import uk.joinedup.caseservice.outcomes.claims.api.SubmitClaim;
import uk.joinedup.caseservice.rules.ReasonRequired;

/**
 * The claims of one result of one scheme for one family: the consistency boundary for "never claimed twice".
 * Its id is derived from the scheme, family and result, so every claim for the result meets the same state.
 * The access check comes before every other rule, so a refusal says nothing about the claims to someone who
 * may not make them.
 */
@Aggregate(cache = "aggregateCache")
class ResultClaims {

    @AggregateIdentifier
    private ClaimId claimId;

    private int claimNumber;
    private ClaimStatus status;
    private LocalDate statusOn;
    private LocalDate submittedOn;

    ResultClaims() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftClaim command) {
        managersOnly(command.actor(), command.caseManager());
        if (status != null && status.holdsTheResult()) {
            throw new AlreadyClaimed(command.claimId().reference(claimNumber), status, statusOn);
        }
        if (!command.judged().achieved()) {
            throw new ResultNotAchieved(command.result(), command.judged().judgedOn());
        }
        apply(new ClaimDrafted(
                command.claimId(),
                claimNumber + 1,
                command.scheme(),
                command.familyId(),
                command.result(),
                command.judged().judgedOn(),
                command.judged().paymentYear(),
                command.judged().amount(),
                command.judged().evidence(),
                command.draftedOn()));
    }

    @CommandHandler
    void handle(SubmitClaim command) {
        managersOnly(command.actor(), command.caseManager());
        if (status != ClaimStatus.DRAFT) {
            throw new NotADraft(claimId.reference(claimNumber), status);
        }
        apply(new ClaimSubmitted(claimId, claimNumber, command.submittedOn()));
    }

    @CommandHandler
    void handle(RecordClaimPaid command) {
        managersOnly(command.actor(), command.caseManager());
        answerable(command.paidOn(), command.recordedOn());
        apply(new ClaimPaid(claimId, claimNumber, command.paidOn()));
    }

    @CommandHandler
    void handle(RecordClaimRejected command) {
        managersOnly(command.actor(), command.caseManager());
        answerable(command.rejectedOn(), command.recordedOn());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new ReasonRequired();
        }
        apply(new ClaimRejected(
                claimId, claimNumber, command.rejectedOn(), command.reason().strip()));
    }

    /** Only a submitted claim is answered, on a day from its submission to today. */
    private void answerable(LocalDate answeredOn, LocalDate today) {
        if (status != ClaimStatus.SUBMITTED) {
            throw new NotSubmitted(claimId.reference(claimNumber), status);
        }
        if (answeredOn.isBefore(submittedOn) || answeredOn.isAfter(today)) {
            throw new AnsweredOutsideItsTime(answeredOn, submittedOn, today);
        }
    }

    private static void managersOnly(Actor actor, boolean caseManager) {
        if (!actor.hasRole(Role.TEAM_MANAGER) || !caseManager) {
            throw new CaseManagersOnly();
        }
    }

    @EventSourcingHandler
    void on(ClaimDrafted event) {
        claimId = event.claimId();
        claimNumber = event.claimNumber();
        status = ClaimStatus.DRAFT;
        statusOn = event.draftedOn();
        submittedOn = null;
    }

    @EventSourcingHandler
    void on(ClaimSubmitted event) {
        status = ClaimStatus.SUBMITTED;
        statusOn = event.submittedOn();
        submittedOn = event.submittedOn();
    }

    @EventSourcingHandler
    void on(ClaimPaid event) {
        status = ClaimStatus.PAID;
        statusOn = event.paidOn();
    }

    @EventSourcingHandler
    void on(ClaimRejected event) {
        status = ClaimStatus.REJECTED;
        statusOn = event.rejectedOn();
    }
}
