package uk.joinedup.caseservice.retention.erasure.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.erasure.api.ApproveErasure;
import uk.joinedup.caseservice.retention.erasure.api.CompleteErasure;
import uk.joinedup.caseservice.retention.erasure.api.ErasureApproved;
import uk.joinedup.caseservice.retention.erasure.api.ErasureCompleted;
import uk.joinedup.caseservice.retention.erasure.api.ErasureHeld;
import uk.joinedup.caseservice.retention.erasure.api.ErasureHoldReleased;
import uk.joinedup.caseservice.retention.erasure.api.ErasureProposed;
import uk.joinedup.caseservice.retention.erasure.api.ErasureWithdrawn;
import uk.joinedup.caseservice.retention.erasure.api.HoldErasure;
import uk.joinedup.caseservice.retention.erasure.api.ProposeErasure;
import uk.joinedup.caseservice.retention.erasure.api.ReleaseHold;
import uk.joinedup.caseservice.retention.erasure.api.WithdrawErasure;

/**
 * One subject's erasure (ADR 31 section 5): proposed by the retention review when their retention ends, then
 * approved, or held and later released, by an information-governance officer, and completed once the erasure
 * process has destroyed the subject's key. A proposal whose subject is no longer due is withdrawn by the review,
 * and proposed again when they are. The access check comes first, then the version the officer saw,
 * then the state, so a refusal tells someone who may not decide nothing about the erasure.
 */
@Aggregate(cache = "aggregateCache")
class Erasure {

    @AggregateIdentifier
    private ErasureId erasureId;

    private DataSubject subject;
    private ErasureState state;

    Erasure() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ProposeErasure command) {
        if (state != null && state != ErasureState.WITHDRAWN) {
            throw new AlreadyProposed();
        }
        apply(new ErasureProposed(
                command.erasureId(),
                command.subject(),
                command.schedule(),
                command.retentionEndedOn(),
                command.proposedOn()));
    }

    @CommandHandler
    void handle(ApproveErasure command, ConflictResolver conflicts) {
        decidable(command.actor(), conflicts);
        if (state == ErasureState.HELD) {
            throw new ErasureOnHold();
        }
        apply(new ErasureApproved(
                erasureId, subject, command.approvedOn(), command.actor().userId()));
    }

    @CommandHandler
    void handle(HoldErasure command, ConflictResolver conflicts) {
        decidable(command.actor(), conflicts);
        if (state == ErasureState.HELD) {
            throw new AlreadyOnHold();
        }
        if (command.reason() == null) {
            throw new HoldReasonRequired();
        }
        if (isBlank(command.note())) {
            throw new HoldNoteRequired();
        }
        if (command.reviewOn() == null || !command.reviewOn().isAfter(command.heldOn())) {
            throw new ReviewNotAfterHold();
        }
        apply(new ErasureHeld(
                erasureId,
                command.reason(),
                command.note().strip(),
                command.heldOn(),
                command.reviewOn(),
                command.actor().userId()));
    }

    @CommandHandler
    void handle(ReleaseHold command, ConflictResolver conflicts) {
        officersOnly(command.actor());
        conflicts.detectConflicts(unseenEvents -> true);
        if (state != ErasureState.HELD) {
            throw new NotOnHold();
        }
        if (isBlank(command.note())) {
            throw new ReleaseNoteRequired();
        }
        apply(new ErasureHoldReleased(
                erasureId,
                command.note().strip(),
                command.releasedOn(),
                command.actor().userId()));
    }

    @CommandHandler
    void handle(WithdrawErasure command) {
        if (state == ErasureState.WITHDRAWN) {
            throw new ErasureWithdrawnAlready();
        }
        if (state == ErasureState.APPROVED || state == ErasureState.COMPLETED) {
            throw new AlreadyApproved();
        }
        apply(new ErasureWithdrawn(erasureId, command.withdrawnOn()));
    }

    @CommandHandler
    void handle(CompleteErasure command) {
        if (state != ErasureState.APPROVED) {
            throw new NotApproved();
        }
        apply(new ErasureCompleted(erasureId, subject, command.keyDestroyedAt()));
    }

    /**
     * Who may decide, then whether the officer saw the erasure as it is (409 before anything else they might
     * learn), then whether it is still undecided: approved and completed erasures change no more.
     */
    private void decidable(Actor actor, ConflictResolver conflicts) {
        officersOnly(actor);
        // Axon asks only when events were recorded after the version the officer saw: any is a conflict
        conflicts.detectConflicts(unseenEvents -> true);
        if (state == ErasureState.APPROVED || state == ErasureState.COMPLETED) {
            throw new AlreadyApproved();
        }
        if (state == ErasureState.WITHDRAWN) {
            throw new ErasureWithdrawnAlready();
        }
    }

    private static void officersOnly(Actor actor) {
        if (!actor.hasRole(Role.IG_OFFICER)) {
            throw new InformationGovernanceOnly();
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(ErasureProposed event) {
        erasureId = event.erasureId();
        subject = event.subject();
        state = ErasureState.PROPOSED;
    }

    @EventSourcingHandler
    void on(ErasureApproved event) {
        state = ErasureState.APPROVED;
    }

    @EventSourcingHandler
    void on(ErasureHeld event) {
        state = ErasureState.HELD;
    }

    @EventSourcingHandler
    void on(ErasureHoldReleased event) {
        state = ErasureState.PROPOSED;
    }

    @EventSourcingHandler
    void on(ErasureCompleted event) {
        state = ErasureState.COMPLETED;
    }

    @EventSourcingHandler
    void on(ErasureWithdrawn event) {
        state = ErasureState.WITHDRAWN;
    }
}
