package uk.joinedup.caseservice.agreement.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.agreement.api.AgreementId;
import uk.joinedup.caseservice.agreement.api.EndSharingAgreement;
import uk.joinedup.caseservice.agreement.api.RegisterSharingAgreement;
import uk.joinedup.caseservice.agreement.api.ReviseSharingAgreement;
import uk.joinedup.caseservice.agreement.api.SharingAgreementEnded;
import uk.joinedup.caseservice.agreement.api.SharingAgreementRegistered;
import uk.joinedup.caseservice.agreement.api.SharingAgreementRevised;
import uk.joinedup.caseservice.agreement.api.Terms;
import uk.joinedup.caseservice.rules.ReasonRequired;
import uk.joinedup.caseservice.sharing.LawfulBasis;

/**
 * An information sharing agreement across its versions: registered as version 1, each revision the next
 * version with its full terms, ended once. Only information-governance officers change it.
 */
@Aggregate(cache = "aggregateCache")
class SharingAgreement {

    @AggregateIdentifier
    private AgreementId agreementId;

    private int version;
    private Terms terms;
    private LocalDate endedOn;

    SharingAgreement() {
        // for Axon
    }

    @CommandHandler
    SharingAgreement(RegisterSharingAgreement command) {
        officerOnly(command.actor(), "register");
        Terms terms = valid(command.terms());
        apply(new SharingAgreementRegistered(command.agreementId(), 1, terms));
    }

    @CommandHandler
    void handle(ReviseSharingAgreement command) {
        officerOnly(command.actor(), "revise");
        if (endedOn != null) {
            throw new AgreementEnded(endedOn);
        }
        Terms revised = valid(command.terms());
        if (revised.equals(terms)) {
            throw new RevisionChangesNothing();
        }
        requireReason(command.reason());
        apply(new SharingAgreementRevised(
                agreementId, version + 1, revised, command.reason().strip()));
    }

    @CommandHandler
    void handle(EndSharingAgreement command) {
        officerOnly(command.actor(), "end");
        if (endedOn != null) {
            throw new AgreementAlreadyEnded(endedOn);
        }
        if (command.endsOn().isBefore(terms.startsOn())) {
            throw new EndedBeforeItStarted(command.endsOn(), terms.startsOn());
        }
        requireReason(command.reason());
        apply(new SharingAgreementEnded(
                agreementId, command.endsOn(), command.reason().strip()));
    }

    /** The terms, checked and with the title trimmed. */
    private static Terms valid(Terms terms) {
        if (terms.title() == null || terms.title().isBlank()) {
            throw new TitleRequired();
        }
        boolean oneKindAmongItself =
                terms.parties().size() == 1 && terms.parties().iterator().next().kind() != null;
        if (terms.parties().size() < 2 && !oneKindAmongItself) {
            throw new PartiesShareWithEachOther();
        }
        if (terms.categories().isEmpty()) {
            throw new CategoriesRequired();
        }
        if (terms.purposes().isEmpty()) {
            throw new PurposesRequired();
        }
        if (terms.lawfulBases().isEmpty()) {
            throw new LawfulBasisRequired();
        }
        boolean specialCategory = terms.categories().stream().anyMatch(InformationCategory::isSpecialCategory);
        if (specialCategory && terms.lawfulBases().stream().noneMatch(LawfulBasis::specialCategoryCondition)) {
            throw new SpecialCategoryNeedsCondition();
        }
        if (!terms.reviewOn().isAfter(terms.startsOn())) {
            throw new ReviewNotAfterStart(terms.reviewOn(), terms.startsOn());
        }
        if (terms.endsOn() != null && !terms.endsOn().isAfter(terms.startsOn())) {
            throw new EndNotAfterStart(terms.endsOn(), terms.startsOn());
        }
        return new Terms(
                terms.title().strip(),
                terms.parties(),
                terms.categories(),
                terms.purposes(),
                terms.lawfulBases(),
                terms.startsOn(),
                terms.reviewOn(),
                terms.endsOn());
    }

    private static void officerOnly(Actor actor, String what) {
        if (!actor.hasRole(Role.IG_OFFICER)) {
            throw new InformationGovernanceOnly(what);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired();
        }
    }

    @EventSourcingHandler
    void on(SharingAgreementRegistered event) {
        agreementId = event.agreementId();
        version = event.version();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(SharingAgreementRevised event) {
        version = event.version();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(SharingAgreementEnded event) {
        endedOn = event.endsOn();
    }
}
