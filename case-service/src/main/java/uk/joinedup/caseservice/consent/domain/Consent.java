package uk.joinedup.caseservice.consent.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.consent.api.ConsentId;
import uk.joinedup.caseservice.consent.api.ConsentRecorded;
import uk.joinedup.caseservice.consent.api.ConsentWithdrawn;
import uk.joinedup.caseservice.consent.api.RecordConsent;
import uk.joinedup.caseservice.consent.api.WithdrawConsent;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasedEvent;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.ReasonRequired;
import uk.joinedup.caseservice.rules.RecordErased;
import uk.joinedup.caseservice.sharing.ConsentGiver;

/**
 * One consent to share, its own small event stream (ADR 10): recorded once, withdrawn at most once.
 * Expiry is not an event; the sharing policy reads the dates at query time.
 *
 * <p>Who may record or withdraw: keyworkers, team managers and information-governance officers. A later
 * issue narrows this to the agencies involved with the person, which this aggregate cannot know alone.
 */
@Aggregate(cache = "aggregateCache")
class Consent {

    @AggregateIdentifier
    private ConsentId consentId;

    private PersonId personId;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private LocalDate withdrawnOn;

    /** Its person's record was erased: every event of it reads as erased, and it refuses every command. */
    private boolean erased;

    Consent() {
        // for Axon
    }

    @CommandHandler
    Consent(RecordConsent command) {
        mayAdministerConsent(command.actor());
        if (command.givenBy() != ConsentGiver.THE_PERSON
                && (command.giverName() == null || command.giverName().isBlank())) {
            throw new GiverNameRequired();
        }
        if (command.recipients().isEmpty()) {
            throw new RecipientsRequired();
        }
        if (command.categories().isEmpty()) {
            throw new CategoriesRequired();
        }
        if (command.validUntil().isBefore(command.validFrom())) {
            throw new ConsentEndsBeforeItBegins(command.validFrom(), command.validUntil());
        }
        if (ConsentTooLong.tooLong(command.validFrom(), command.validUntil())) {
            throw new ConsentTooLong(ConsentTooLong.latestEnd(command.validFrom()));
        }
        if (command.validUntil().isBefore(command.recordedOn())) {
            throw new ConsentAlreadyOver(command.validUntil());
        }
        apply(new ConsentRecorded(
                command.consentId(),
                command.personId(),
                command.givenBy(),
                command.givenBy() == ConsentGiver.THE_PERSON
                        ? null
                        : command.giverName().strip(),
                command.recipients(),
                command.categories(),
                command.purpose(),
                command.validFrom(),
                command.validUntil(),
                command.evidence(),
                blankToNull(command.evidenceNote()),
                command.actor().agency()));
    }

    @CommandHandler
    void handle(WithdrawConsent command) {
        mayAdministerConsent(command.actor());
        if (!personId.equals(command.personId())) {
            throw new NotThisPersonsConsent();
        }
        if (withdrawnOn != null) {
            throw new ConsentAlreadyWithdrawn(withdrawnOn);
        }
        LocalDate on = command.withdrawnOn();
        if (on.isAfter(command.recordedOn())) {
            throw new DatedInFuture(on);
        }
        boolean begun = !validFrom.isAfter(command.recordedOn());
        if (begun && on.isBefore(validFrom)) {
            throw new WithdrawnBeforeItBegan(validFrom);
        }
        if (on.isAfter(validUntil)) {
            throw new ConsentExpired(validUntil);
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new ReasonRequired();
        }
        apply(new ConsentWithdrawn(consentId, personId, on, command.reason().strip()));
    }

    private static void mayAdministerConsent(Actor actor) {
        if (!actor.hasRole(Role.KEYWORKER) && !actor.hasRole(Role.TEAM_MANAGER) && !actor.hasRole(Role.IG_OFFICER)) {
            throw new ConsentAdministratorsOnly();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consentId = event.consentId();
        personId = event.personId();
        validFrom = event.validFrom();
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        withdrawnOn = event.withdrawnOn();
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
        if (consentId == null) {
            consentId = new ConsentId(identifier);
        }
        erased = true;
    }
}
