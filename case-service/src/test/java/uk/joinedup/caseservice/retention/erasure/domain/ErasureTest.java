package uk.joinedup.caseservice.retention.erasure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.Actor;
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
import uk.joinedup.caseservice.retention.erasure.api.Erasures;
import uk.joinedup.caseservice.retention.erasure.api.HoldErasure;
import uk.joinedup.caseservice.retention.erasure.api.HoldReason;
import uk.joinedup.caseservice.retention.erasure.api.ProposeErasure;
import uk.joinedup.caseservice.retention.erasure.api.ReleaseHold;
import uk.joinedup.caseservice.retention.erasure.api.WithdrawErasure;

class ErasureTest {

    private static final DataSubject FAMILY = DataSubject.family("family-7");
    private static final ErasureId ERASURE = Erasures.idFor(FAMILY);
    private static final String SCHEDULE = "early-help-family-case";
    private static final LocalDate ENDED = LocalDate.of(2032, 5, 31);
    private static final LocalDate TODAY = LocalDate.of(2032, 6, 2);
    private static final Instant DESTROYED = Instant.parse("2032-06-03T02:15:00Z");

    private FixtureConfiguration<Erasure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Erasure.class);
    }

    @Test
    void namesAnErasureAfterItsSubject() {
        assertThat(Erasures.idFor(FAMILY)).isEqualTo(new ErasureId("erasure-family-family-7"));
        assertThat(Erasures.idFor(DataSubject.person("p-1"))).isEqualTo(new ErasureId("erasure-person-p-1"));
    }

    @Test
    void proposesAnErasureWhenRetentionHasEnded() {
        fixture.givenNoPriorActivity()
                .when(new ProposeErasure(ERASURE, FAMILY, SCHEDULE, ENDED, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed());
    }

    @Test
    void refusesToProposeASubjectTwice() {
        fixture.given(proposed())
                .when(new ProposeErasure(ERASURE, FAMILY, SCHEDULE, ENDED, TODAY.plusDays(1)))
                .expectException(AlreadyProposed.class)
                .expectNoEvents();
    }

    @Test
    void anOfficerApprovesAProposedErasureAndIsRecordedAsTheApprover() {
        fixture.given(proposed())
                .when(new ApproveErasure(ERASURE, 0L, TODAY, igOfficer()))
                .expectEvents(new ErasureApproved(ERASURE, FAMILY, TODAY, "chris.ward"));
    }

    @Test
    void anErasureWhoseHoldWasReleasedCanBeApproved() {
        fixture.given(proposed(), held(), released())
                .when(new ApproveErasure(ERASURE, 2L, TODAY, igOfficer()))
                .expectEvents(new ErasureApproved(ERASURE, FAMILY, TODAY, "chris.ward"));
    }

    @Test
    void refusesApprovalByAnyoneButAnInformationGovernanceOfficer() {
        fixture.given(proposed())
                .when(new ApproveErasure(ERASURE, 0L, TODAY, earlyHelpManager()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesToApproveAHeldErasure() {
        fixture.given(proposed(), held())
                .when(new ApproveErasure(ERASURE, 1L, TODAY, igOfficer()))
                .expectException(ErasureOnHold.class)
                .expectNoEvents();
    }

    @Test
    void refusesToApproveTwiceOrAfterCompletion() {
        fixture.given(proposed(), approved())
                .when(new ApproveErasure(ERASURE, 1L, TODAY, igOfficer()))
                .expectException(AlreadyApproved.class)
                .expectNoEvents();
        fixture.given(proposed(), approved(), completed())
                .when(new ApproveErasure(ERASURE, 2L, TODAY, igOfficer()))
                .expectException(AlreadyApproved.class)
                .expectNoEvents();
    }

    @Test
    void refusesADecisionOnAStaleVersionBeforeAnythingElse() {
        fixture.given(proposed(), held(), released())
                .when(new ApproveErasure(ERASURE, 0L, TODAY, igOfficer()))
                .expectException(ConflictingModificationException.class)
                .expectNoEvents();
        fixture.given(proposed(), held())
                .when(new HoldErasure(ERASURE, 0L, HoldReason.OTHER, "Again", TODAY, TODAY.plusDays(1), igOfficer()))
                .expectException(ConflictingModificationException.class)
                .expectNoEvents();
        fixture.given(proposed(), held())
                .when(new ReleaseHold(ERASURE, 0L, "Settled", TODAY, igOfficer()))
                .expectException(ConflictingModificationException.class)
                .expectNoEvents();
        // the officer saw it held; someone released it since: a conflict, not "not on hold"
        fixture.given(proposed(), held(), released())
                .when(new ReleaseHold(ERASURE, 1L, "Settled", TODAY, igOfficer()))
                .expectException(ConflictingModificationException.class)
                .expectNoEvents();
    }

    @Test
    void anOfficerHoldsAProposedErasureWithAStrippedNoteUntilAReviewDate() {
        fixture.given(proposed())
                .when(new HoldErasure(
                        ERASURE,
                        0L,
                        HoldReason.LEGAL_HOLD,
                        "  Litigation hold from legal services  ",
                        TODAY,
                        TODAY.plusMonths(6),
                        igOfficer()))
                .expectEvents(held());
    }

    @Test
    void refusesAHoldByAnyoneButAnInformationGovernanceOfficer() {
        fixture.given(proposed())
                .when(hold(HoldReason.LEGAL_HOLD, "Litigation", TODAY.plusDays(1), earlyHelpManager()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesToHoldAnErasureAlreadyHeldApprovedOrCompleted() {
        fixture.given(proposed(), held())
                .when(hold(HoldReason.OTHER, "Again", TODAY.plusDays(1), igOfficer()))
                .expectException(AlreadyOnHold.class)
                .expectNoEvents();
        fixture.given(proposed(), approved())
                .when(hold(HoldReason.LEGAL_HOLD, "Too late", TODAY.plusDays(1), igOfficer()))
                .expectException(AlreadyApproved.class)
                .expectNoEvents();
        fixture.given(proposed(), approved(), completed())
                .when(hold(HoldReason.LEGAL_HOLD, "Too late", TODAY.plusDays(1), igOfficer()))
                .expectException(AlreadyApproved.class)
                .expectNoEvents();
    }

    @Test
    void refusesAHoldWithoutAReason() {
        fixture.given(proposed())
                .when(hold(null, "Litigation", TODAY.plusDays(1), igOfficer()))
                .expectException(HoldReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAHoldWithoutANote() {
        fixture.given(proposed())
                .when(hold(HoldReason.ONGOING_PROCEEDINGS, "   ", TODAY.plusDays(1), igOfficer()))
                .expectException(HoldNoteRequired.class)
                .expectNoEvents();
        fixture.given(proposed())
                .when(hold(HoldReason.ONGOING_PROCEEDINGS, null, TODAY.plusDays(1), igOfficer()))
                .expectException(HoldNoteRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReviewDateOnOrBeforeTheDayOfTheHold() {
        fixture.given(proposed())
                .when(hold(HoldReason.ONGOING_PROCEEDINGS, "Care proceedings", TODAY, igOfficer()))
                .expectException(ReviewNotAfterHold.class)
                .expectNoEvents();
        fixture.given(proposed())
                .when(hold(HoldReason.ONGOING_PROCEEDINGS, "Care proceedings", TODAY.minusDays(1), igOfficer()))
                .expectException(ReviewNotAfterHold.class)
                .expectNoEvents();
        fixture.given(proposed())
                .when(hold(HoldReason.ONGOING_PROCEEDINGS, "Care proceedings", null, igOfficer()))
                .expectException(ReviewNotAfterHold.class)
                .expectNoEvents();
    }

    @Test
    void aHoldMayBeReviewedTheDayAfterItIsMade() {
        fixture.given(proposed())
                .when(hold(HoldReason.OTHER, "Check with legal", TODAY.plusDays(1), igOfficer()))
                .expectEvents(new ErasureHeld(
                        ERASURE, HoldReason.OTHER, "Check with legal", TODAY, TODAY.plusDays(1), "chris.ward"));
    }

    @Test
    void anOfficerReleasesAHoldWithAStrippedNote() {
        fixture.given(proposed(), held())
                .when(new ReleaseHold(ERASURE, 1L, " Proceedings concluded ", TODAY, igOfficer()))
                .expectEvents(released());
    }

    @Test
    void refusesAReleaseByAnyoneButAnInformationGovernanceOfficer() {
        fixture.given(proposed(), held())
                .when(new ReleaseHold(ERASURE, 1L, "Proceedings concluded", TODAY, earlyHelpManager()))
                .expectException(InformationGovernanceOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesToReleaseAnErasureThatIsNotHeld() {
        fixture.given(proposed())
                .when(new ReleaseHold(ERASURE, 0L, "Nothing held", TODAY, igOfficer()))
                .expectException(NotOnHold.class)
                .expectNoEvents();
        fixture.given(proposed(), held(), released())
                .when(new ReleaseHold(ERASURE, 2L, "Twice", TODAY, igOfficer()))
                .expectException(NotOnHold.class)
                .expectNoEvents();
        fixture.given(proposed(), approved())
                .when(new ReleaseHold(ERASURE, 1L, "Approved", TODAY, igOfficer()))
                .expectException(NotOnHold.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReleaseWithoutANote() {
        fixture.given(proposed(), held())
                .when(new ReleaseHold(ERASURE, 1L, " ", TODAY, igOfficer()))
                .expectException(ReleaseNoteRequired.class)
                .expectNoEvents();
    }

    @Test
    void completesAnApprovedErasureWhenTheKeyIsDestroyed() {
        fixture.given(proposed(), approved())
                .when(new CompleteErasure(ERASURE, DESTROYED))
                .expectEvents(completed());
    }

    @Test
    void refusesToCompleteAnErasureThatIsNotApproved() {
        fixture.given(proposed())
                .when(new CompleteErasure(ERASURE, DESTROYED))
                .expectException(NotApproved.class)
                .expectNoEvents();
        fixture.given(proposed(), held())
                .when(new CompleteErasure(ERASURE, DESTROYED))
                .expectException(NotApproved.class)
                .expectNoEvents();
        fixture.given(proposed(), approved(), completed())
                .when(new CompleteErasure(ERASURE, DESTROYED))
                .expectException(NotApproved.class)
                .expectNoEvents();
    }

    private static HoldErasure hold(HoldReason reason, String note, LocalDate reviewOn, Actor actor) {
        return new HoldErasure(ERASURE, null, reason, note, TODAY, reviewOn, actor);
    }

    private static ErasureProposed proposed() {
        return new ErasureProposed(ERASURE, FAMILY, SCHEDULE, ENDED, TODAY);
    }

    private static ErasureHeld held() {
        return new ErasureHeld(
                ERASURE,
                HoldReason.LEGAL_HOLD,
                "Litigation hold from legal services",
                TODAY,
                TODAY.plusMonths(6),
                "chris.ward");
    }

    private static ErasureHoldReleased released() {
        return new ErasureHoldReleased(ERASURE, "Proceedings concluded", TODAY, "chris.ward");
    }

    private static ErasureApproved approved() {
        return new ErasureApproved(ERASURE, FAMILY, TODAY, "chris.ward");
    }

    private static ErasureCompleted completed() {
        return new ErasureCompleted(ERASURE, FAMILY, DESTROYED);
    }

    @Test
    void theReviewWithdrawsAProposalWhoseSubjectIsNoLongerDue() {
        fixture.given(proposed())
                .when(new WithdrawErasure(ERASURE, TODAY))
                .expectEvents(new ErasureWithdrawn(ERASURE, TODAY));
    }

    @Test
    void theReviewWithdrawsAHeldErasureWhoseSubjectIsNoLongerDue() {
        fixture.given(proposed(), held())
                .when(new WithdrawErasure(ERASURE, TODAY))
                .expectEvents(new ErasureWithdrawn(ERASURE, TODAY));
    }

    @Test
    void refusesToWithdrawAnApprovedOrCompletedErasure() {
        fixture.given(proposed(), approved())
                .when(new WithdrawErasure(ERASURE, TODAY))
                .expectException(AlreadyApproved.class)
                .expectNoEvents();
        fixture.given(proposed(), approved(), new ErasureCompleted(ERASURE, FAMILY, DESTROYED))
                .when(new WithdrawErasure(ERASURE, TODAY))
                .expectException(AlreadyApproved.class)
                .expectNoEvents();
    }

    @Test
    void refusesToWithdrawTwice() {
        fixture.given(proposed(), withdrawn())
                .when(new WithdrawErasure(ERASURE, TODAY.plusDays(1)))
                .expectException(ErasureWithdrawnAlready.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnErasureIsProposedAgainWhenItsSubjectIsDueAgain() {
        LocalDate dueAgain = TODAY.plusYears(1);
        fixture.given(proposed(), held(), withdrawn())
                .when(new ProposeErasure(ERASURE, FAMILY, SCHEDULE, dueAgain, dueAgain))
                .expectEvents(new ErasureProposed(ERASURE, FAMILY, SCHEDULE, dueAgain, dueAgain));
    }

    @Test
    void refusesToApproveOrHoldAWithdrawnErasure() {
        fixture.given(proposed(), withdrawn())
                .when(new ApproveErasure(ERASURE, 1L, TODAY, igOfficer()))
                .expectException(ErasureWithdrawnAlready.class)
                .expectNoEvents();
        fixture.given(proposed(), withdrawn())
                .when(new HoldErasure(
                        ERASURE, 1L, HoldReason.LEGAL_HOLD, "Claim", TODAY, TODAY.plusMonths(1), igOfficer()))
                .expectException(ErasureWithdrawnAlready.class)
                .expectNoEvents();
    }

    @Test
    void refusesToCompleteAWithdrawnErasure() {
        fixture.given(proposed(), withdrawn())
                .when(new CompleteErasure(ERASURE, DESTROYED))
                .expectException(NotApproved.class)
                .expectNoEvents();
    }

    private ErasureWithdrawn withdrawn() {
        return new ErasureWithdrawn(ERASURE, TODAY);
    }
}
