package uk.joinedup.caseservice.agreement.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * Answers the agreement pages. An agreement is about no one: it is published information, which the
 * sharing policy shows to every signed-in user, so that practitioners know on what basis they see what
 * they see. It still goes through the policy, so that a change of that rule is made in one place.
 */
@Component
class AgreementQueries {

    private static final Subject ABOUT_NO_ONE = Subject.related(WorkingRelationship.NONE);

    private final AgreementRecords agreements;
    private final Disclosure disclosure = Disclosure.withoutAgreements();
    private final Clock clock;

    AgreementQueries(AgreementRecords agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @QueryHandler
    List<AgreementSummary> handle(FindSharingAgreements query) {
        Viewer viewer = viewer(query.viewer());
        List<AgreementRecord> visible = disclosure
                .disclose(viewer, agreements.all(), agreement -> ABOUT_NO_ONE, agreement -> SharedEntry.published())
                .visible();
        return visible.stream()
                .map(agreement -> AgreementSummary.of(agreement.currentTerms(), viewer.today()))
                .toList();
    }

    @QueryHandler
    Optional<AgreementView> handle(GetSharingAgreement query) {
        Viewer viewer = viewer(query.viewer());
        return agreements
                .find(query.agreementId())
                .filter(agreement -> disclosure.mayShow(viewer, ABOUT_NO_ONE, SharedEntry.published()))
                .map(agreement -> view(agreement, viewer.today()));
    }

    private static AgreementView view(AgreementRecord agreement, LocalDate today) {
        return new AgreementView(
                agreement.agreementId(),
                AgreementSummary.of(agreement.currentTerms(), today),
                agreement.endedOn(),
                agreement.endReason(),
                agreement.endedBy(),
                agreement.versions());
    }

    private Viewer viewer(Actor actor) {
        return Viewer.of(actor, clock.instant());
    }
}
