package uk.joinedup.caseservice.subjectaccess.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;
import uk.joinedup.caseservice.rules.RecordErased;
import uk.joinedup.caseservice.subjectaccess.api.CloseSubjectAccessRequest;
import uk.joinedup.caseservice.subjectaccess.api.ExtendSubjectAccessDeadline;
import uk.joinedup.caseservice.subjectaccess.api.OverrideRedaction;
import uk.joinedup.caseservice.subjectaccess.api.RedactionOverridden;
import uk.joinedup.caseservice.subjectaccess.api.RedactionRestored;
import uk.joinedup.caseservice.subjectaccess.api.ReleaseSubjectAccessResponse;
import uk.joinedup.caseservice.subjectaccess.api.Requester;
import uk.joinedup.caseservice.subjectaccess.api.RestoreRedaction;
import uk.joinedup.caseservice.subjectaccess.api.StartSubjectAccessRequest;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessDeadlineExtended;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestClosed;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestId;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequested;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessResponseReleased;

/**
 * One subject access request (ADR 32): started by an information-governance officer with its statutory
 * deadline, which may be extended within its first month by up to two further months, its redactions reviewed
 * (overridden with a note, or restored), then released or closed, after which it changes no more. The access
 * check comes first, so a refusal says nothing about the request to someone who may not handle it.
 */
@Aggregate(cache = "aggregateCache")
class SubjectAccessRequest {

    /** Art. 12(3): "by two further months where necessary". */
    private static final int MAXIMUM_FURTHER_MONTHS = 2;

    @AggregateIdentifier
    private SubjectAccessRequestId requestId;

    private PersonId personId;
    private boolean open;
    private LocalDate receivedOn;
    /** The statutory deadline before any extension: the end of the first month. */
    private LocalDate firstMonthEnds;
    /** The further months of every extension so far. */
    private int extendedMonths;

    private final Set<String> overridden = new HashSet<>();

    /** Its person's record was erased: every event of it reads as erased, and it refuses every command. */
    private boolean erased;

    SubjectAccessRequest() {
        // for Axon
    }

    @CommandHandler
    SubjectAccessRequest(StartSubjectAccessRequest command) {
        officersOnly(command.actor());
        if (command.requester() != Requester.THE_PERSON && isBlank(command.requesterName())) {
            throw new RequesterNameRequired();
        }
        if (command.receivedOn().isAfter(command.today())) {
            throw new DatedInFuture(command.receivedOn());
        }
        apply(new SubjectAccessRequested(
                command.requestId(),
                command.personId(),
                command.requester(),
                command.requester() == Requester.THE_PERSON
                        ? null
                        : command.requesterName().strip(),
                command.identityCheck(),
                isBlank(command.identityNote()) ? null : command.identityNote().strip(),
                command.receivedOn(),
                StatutoryDeadline.after(command.receivedOn())));
    }

    @CommandHandler
    void handle(OverrideRedaction command, ConflictResolver conflicts) {
        changeable(command.actor(), conflicts);
        if (isBlank(command.note())) {
            throw new OverrideNoteRequired();
        }
        if (overridden.contains(command.itemId())) {
            throw new AlreadyOverridden();
        }
        apply(new RedactionOverridden(
                requestId, personId, command.itemId(), command.note().strip()));
    }

    @CommandHandler
    void handle(RestoreRedaction command, ConflictResolver conflicts) {
        changeable(command.actor(), conflicts);
        if (!overridden.contains(command.itemId())) {
            throw new NotOverridden();
        }
        apply(new RedactionRestored(requestId, personId, command.itemId()));
    }

    @CommandHandler
    void handle(ReleaseSubjectAccessResponse command, ConflictResolver conflicts) {
        changeable(command.actor(), conflicts);
        apply(new SubjectAccessResponseReleased(requestId, personId, command.today()));
    }

    @CommandHandler
    void handle(CloseSubjectAccessRequest command, ConflictResolver conflicts) {
        changeable(command.actor(), conflicts);
        if (isBlank(command.reason())) {
            throw new ReasonRequired();
        }
        apply(new SubjectAccessRequestClosed(
                requestId, personId, command.reason().strip(), command.today()));
    }

    /**
     * Extends the deadline (Art. 12(3)): only within the first month, since the person must be told within it, and
     * by at most two further months in all, for a reason the article allows, with a note of the reasons they are
     * told.
     */
    @CommandHandler
    void handle(ExtendSubjectAccessDeadline command, ConflictResolver conflicts) {
        changeable(command.actor(), conflicts);
        if (command.decidedOn().isAfter(firstMonthEnds)) {
            throw new ExtensionAfterFirstMonth(firstMonthEnds);
        }
        if (extendedMonths >= MAXIMUM_FURTHER_MONTHS) {
            throw new DeadlineAtMaximum();
        }
        if (command.months() < 1) {
            throw new ExtensionMonthsRequired();
        }
        if (extendedMonths + command.months() > MAXIMUM_FURTHER_MONTHS) {
            throw new ExtensionBeyondThreeMonths();
        }
        if (command.reason() == null) {
            throw new ExtensionReasonRequired();
        }
        if (isBlank(command.note())) {
            throw new ExtensionNoteRequired();
        }
        apply(new SubjectAccessDeadlineExtended(
                requestId,
                personId,
                command.months(),
                command.reason(),
                command.note().strip(),
                command.decidedOn(),
                StatutoryDeadline.extended(receivedOn, extendedMonths + command.months())));
    }

    /**
     * Who may change the request, then whether the officer saw it as it is (409 before anything else they
     * might learn), then whether it is still open.
     */
    private void changeable(Actor actor, ConflictResolver conflicts) {
        officersOnly(actor);
        // Axon asks only when events were recorded after the version the officer saw: any is a conflict
        conflicts.detectConflicts(unseenEvents -> true);
        if (!open) {
            throw new RequestNotOpen();
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
    void on(SubjectAccessRequested event) {
        requestId = event.requestId();
        personId = event.personId();
        open = true;
        receivedOn = event.receivedOn();
        firstMonthEnds = event.dueBy();
    }

    @EventSourcingHandler
    void on(SubjectAccessDeadlineExtended event) {
        extendedMonths += event.months();
    }

    @EventSourcingHandler
    void on(RedactionOverridden event) {
        overridden.add(event.itemId());
    }

    @EventSourcingHandler
    void on(RedactionRestored event) {
        overridden.remove(event.itemId());
    }

    @EventSourcingHandler
    void on(SubjectAccessResponseReleased event) {
        open = false;
    }

    @EventSourcingHandler
    void on(SubjectAccessRequestClosed event) {
        open = false;
    }

    /** Every command is refused once its person's record is erased (410): its events then read as erased. */
    @CommandHandlerInterceptor
    void refuseOnceErased() {
        if (erased) {
            throw new RecordErased();
        }
    }

    /** An event whose key was destroyed with its person's record. */
    @EventSourcingHandler
    void on(ErasedEvent event, @SourceId String identifier) {
        if (requestId == null) {
            requestId = new SubjectAccessRequestId(identifier);
        }
        erased = true;
    }
}
