package uk.joinedup.caseservice.outcomes.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.CLAIM;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.SUBMITTED;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.achieved;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.draft;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.drafted;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.notAchieved;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.paid;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.rejected;
import static uk.joinedup.caseservice.outcomes.claims.ClaimFixtures.submitted;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.outcomes.claims.api.RecordClaimPaid;
import uk.joinedup.caseservice.outcomes.claims.api.RecordClaimRejected;
import uk.joinedup.caseservice.outcomes.claims.api.SubmitClaim;
import uk.joinedup.caseservice.rules.ReasonRequired;

class ResultClaimsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    private FixtureConfiguration<ResultClaims> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResultClaims.class);
    }

    @Test
    void draftsTheFirstClaimOfAnAchievedResultWithItsEvidenceAndAmount() {
        fixture.givenNoPriorActivity()
                .when(draft(achieved(), true, earlyHelpManager()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(drafted(1));
    }

    @Test
    void refusesAResultTheEvaluationDoesNotShowAchieved() {
        fixture.givenNoPriorActivity()
                .when(draft(notAchieved(), true, earlyHelpManager()))
                .expectException(ResultNotAchieved.class)
                .expectExceptionMessage(Matchers.predicate((String message) ->
                        message.contains("1 October 2026") && message.contains("sustained outcomes")))
                .expectNoEvents();
    }

    @Test
    void refusesAKeyworkerDraftingAClaim() {
        fixture.givenNoPriorActivity()
                .when(draft(achieved(), true, earlyHelpKeyworker()))
                .expectException(CaseManagersOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesAManagerOfAnAgencyNotInvolvedInTheCase() {
        fixture.givenNoPriorActivity()
                .when(draft(achieved(), false, earlyHelpManager()))
                .expectException(CaseManagersOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondClaimOfADraftedResultNamingTheEarlierClaim() {
        fixture.given(drafted(1))
                .when(draft(achieved(), true, earlyHelpManager()))
                .expectException(AlreadyClaimed.class)
                .expectExceptionMessage(names(CLAIM.value() + "#1", "draft", "1 October 2026"))
                .expectNoEvents();
    }

    @Test
    void refusesASecondClaimOfASubmittedResultNamingTheEarlierClaim() {
        fixture.given(drafted(1), submitted(1))
                .when(draft(achieved(), true, earlyHelpManager()))
                .expectException(AlreadyClaimed.class)
                .expectExceptionMessage(names(CLAIM.value() + "#1", "submitted", "5 October 2026"))
                .expectNoEvents();
    }

    @Test
    void refusesASecondClaimOfAPaidResultNamingTheEarlierClaim() {
        fixture.given(drafted(1), submitted(1), paid(1, LocalDate.of(2026, 10, 20)))
                .when(draft(achieved(), true, earlyHelpManager()))
                .expectException(AlreadyClaimed.class)
                .expectExceptionMessage(names(CLAIM.value() + "#1", "paid", "20 October 2026"))
                .expectNoEvents();
    }

    @Test
    void refusesAnAlreadyClaimedResultEvenWhenTheEvaluationNoLongerShowsIt() {
        fixture.given(drafted(1))
                .when(draft(notAchieved(), true, earlyHelpManager()))
                .expectException(AlreadyClaimed.class)
                .expectNoEvents();
    }

    @Test
    void draftsTheNextClaimOnceTheLastWasRejected() {
        fixture.given(drafted(1), submitted(1), rejected(1, LocalDate.of(2026, 10, 20)))
                .when(draft(achieved(), true, earlyHelpManager()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(drafted(2));
    }

    @Test
    void submitsADraft() {
        fixture.given(drafted(1))
                .when(new SubmitClaim(CLAIM, 0L, true, SUBMITTED, earlyHelpManager()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted(1));
    }

    @Test
    void refusesSubmittingAClaimTwice() {
        fixture.given(drafted(1), submitted(1))
                .when(new SubmitClaim(CLAIM, 1L, true, SUBMITTED, earlyHelpManager()))
                .expectException(NotADraft.class)
                .expectNoEvents();
    }

    @Test
    void refusesAKeyworkerSubmitting() {
        fixture.given(drafted(1))
                .when(new SubmitClaim(CLAIM, 0L, true, SUBMITTED, earlyHelpKeyworker()))
                .expectException(CaseManagersOnly.class)
                .expectNoEvents();
    }

    @Test
    void recordsASubmittedClaimPaid() {
        LocalDate paidOn = LocalDate.of(2026, 10, 20);
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimPaid(CLAIM, 1L, paidOn, true, TODAY, earlyHelpManager()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(paid(1, paidOn));
    }

    @Test
    void recordsPaymentOnTheDayOfSubmissionAndOnTheDayRecorded() {
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimPaid(CLAIM, 1L, SUBMITTED, true, SUBMITTED, earlyHelpManager()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(paid(1, SUBMITTED));
    }

    @Test
    void refusesPaymentOfADraft() {
        fixture.given(drafted(1))
                .when(new RecordClaimPaid(CLAIM, 0L, TODAY, true, TODAY, earlyHelpManager()))
                .expectException(NotSubmitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesPaymentOfAClaimAlreadyPaid() {
        fixture.given(drafted(1), submitted(1), paid(1, SUBMITTED))
                .when(new RecordClaimPaid(CLAIM, 2L, TODAY, true, TODAY, earlyHelpManager()))
                .expectException(NotSubmitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesPaymentDatedBeforeTheSubmission() {
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimPaid(CLAIM, 1L, SUBMITTED.minusDays(1), true, TODAY, earlyHelpManager()))
                .expectException(AnsweredOutsideItsTime.class)
                .expectNoEvents();
    }

    @Test
    void refusesPaymentDatedAfterTheDayRecorded() {
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimPaid(CLAIM, 1L, TODAY.plusDays(1), true, TODAY, earlyHelpManager()))
                .expectException(AnsweredOutsideItsTime.class)
                .expectNoEvents();
    }

    @Test
    void refusesAKeyworkerRecordingPayment() {
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimPaid(CLAIM, 1L, TODAY, true, TODAY, earlyHelpKeyworker()))
                .expectException(CaseManagersOnly.class)
                .expectNoEvents();
    }

    @Test
    void recordsASubmittedClaimRejectedWithItsReasonTrimmed() {
        LocalDate rejectedOn = LocalDate.of(2026, 10, 20);
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimRejected(
                        CLAIM,
                        1L,
                        rejectedOn,
                        "  The outcome was not sustained for six months ",
                        true,
                        TODAY,
                        earlyHelpManager()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(rejected(1, rejectedOn));
    }

    @Test
    void refusesARejectionWithoutAReason() {
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimRejected(CLAIM, 1L, TODAY, "  ", true, TODAY, earlyHelpManager()))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void refusesRejectingADraft() {
        fixture.given(drafted(1))
                .when(new RecordClaimRejected(CLAIM, 0L, TODAY, "No", true, TODAY, earlyHelpManager()))
                .expectException(NotSubmitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesRejectionDatedBeforeTheSubmission() {
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimRejected(CLAIM, 1L, SUBMITTED.minusDays(1), "No", true, TODAY, earlyHelpManager()))
                .expectException(AnsweredOutsideItsTime.class)
                .expectNoEvents();
    }

    @Test
    void refusesAManagerOfAnAgencyNotInvolvedRecordingARejection() {
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimRejected(CLAIM, 1L, TODAY, "No", false, TODAY, earlyHelpManager()))
                .expectException(CaseManagersOnly.class)
                .expectNoEvents();
    }

    @Test
    void refusesAStaleVersion() {
        fixture.given(drafted(1), submitted(1))
                .when(new RecordClaimPaid(CLAIM, 0L, TODAY, true, TODAY, earlyHelpManager()))
                .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void theClaimIdIsDerivedFromSchemeFamilyAndResult() {
        assertThat(CLAIM.value()).isEqualTo("supporting-families/family-hill/sustainedOutcomes");
        assertThat(CLAIM.reference(2)).isEqualTo("supporting-families/family-hill/sustainedOutcomes#2");
    }

    private static Matcher<String> names(String reference, String status, String date) {
        return Matchers.predicate(
                (String message) -> message.contains(reference) && message.contains(status) && message.contains(date));
    }
}
