package uk.joinedup.caseservice.outcomes.claims.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.FEE_CLAIM;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.SUBMITTED;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.draftFee;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.feeDrafted;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.feeDue;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.feeNotDue;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimPaid;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimRejected;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimSubmitted;

/** The Troubled Families attachment fee, claimed like a result: once, for an eligible family, until rejected. */
class AttachmentFeeClaimsTest {

    private static final LocalDate PAID = LocalDate.of(2026, 10, 20);

    private FixtureConfiguration<ResultClaims> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResultClaims.class);
    }

    @Test
    void draftsTheFeeOfAnEligibleFamilyWithItsYearsAmountAndTheEntryCriteriasEvidence() {
        fixture.givenNoPriorActivity()
                .when(draftFee(feeDue(), earlyHelpManager()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(feeDrafted(1));
    }

    @Test
    void refusesTheFeeOfAFamilyTheEvaluationDoesNotShowEligible() {
        fixture.givenNoPriorActivity()
                .when(draftFee(feeNotDue(), earlyHelpManager()))
                .expectException(ResultNotAchieved.class)
                .expectExceptionMessage(Matchers.predicate((String message) -> message.contains("attachment fee")))
                .expectNoEvents();
    }

    @Test
    void refusesAKeyworkerClaimingTheFee() {
        fixture.givenNoPriorActivity()
                .when(draftFee(feeDue(), earlyHelpKeyworker()))
                .expectException(CaseManagersOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondClaimOfAPaidFeeNamingTheEarlierClaim() {
        fixture.given(feeDrafted(1), new ClaimSubmitted(FEE_CLAIM, 1, SUBMITTED), new ClaimPaid(FEE_CLAIM, 1, PAID))
                .when(draftFee(feeDue(), earlyHelpManager()))
                .expectException(AlreadyClaimed.class)
                .expectExceptionMessage(Matchers.predicate(
                        (String message) -> message.contains("troubled-families-phase-1/family-hill/attachmentFee#1")
                                && message.contains("paid on 20 October 2026")))
                .expectNoEvents();
    }

    @Test
    void refusesASecondDraftOfTheFeeEvenWhenTheFamilyIsNoLongerEligible() {
        fixture.given(feeDrafted(1))
                .when(draftFee(feeNotDue(), earlyHelpManager()))
                .expectException(AlreadyClaimed.class)
                .expectNoEvents();
    }

    @Test
    void claimsTheFeeAgainAfterItsClaimWasRejected() {
        fixture.given(
                        feeDrafted(1),
                        new ClaimSubmitted(FEE_CLAIM, 1, SUBMITTED),
                        new ClaimRejected(FEE_CLAIM, 1, PAID, "Entry evidence incomplete"))
                .when(draftFee(feeDue(), earlyHelpManager()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(feeDrafted(2));
    }
}
