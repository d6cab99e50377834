package uk.joinedup.caseservice.budget.domain;

import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.budget.api.AllocateFunds;
import uk.joinedup.caseservice.budget.api.BudgetId;
import uk.joinedup.caseservice.budget.api.BudgetStanding;
import uk.joinedup.caseservice.budget.api.CancelCommitment;
import uk.joinedup.caseservice.budget.api.CommitFunds;
import uk.joinedup.caseservice.budget.api.CommitmentCancelled;
import uk.joinedup.caseservice.budget.api.FundingSource;
import uk.joinedup.caseservice.budget.api.FundsAllocated;
import uk.joinedup.caseservice.budget.api.FundsCommitted;
import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.budget.api.RecordSpend;
import uk.joinedup.caseservice.budget.api.SpendRecorded;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.rules.DatedInFuture;
import uk.joinedup.caseservice.rules.NoSuchRecord;
import uk.joinedup.caseservice.rules.ReasonRequired;

class BudgetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final FamilyId WALKERS = new FamilyId("walkers");
    private static final BudgetId BUDGET = BudgetId.of(WALKERS);
    private static final Money LIMIT = new Money(500_000);
    private static final Money THOUSAND = new Money(100_000);

    private FixtureConfiguration<Budget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Budget.class);
    }

    private static AllocateFunds allocate(String id, Money amount, BudgetStanding standing) {
        return new AllocateFunds(
                BUDGET,
                WALKERS,
                id,
                FundingSource.TROUBLED_FAMILIES_GRANT,
                amount,
                TODAY.minusDays(30),
                TODAY.plusDays(335),
                LIMIT,
                TODAY,
                standing,
                earlyHelpManager());
    }

    private static FundsAllocated allocated() {
        return new FundsAllocated(
                BUDGET,
                WALKERS,
                "grant",
                FundingSource.TROUBLED_FAMILIES_GRANT,
                THOUSAND,
                TODAY.minusDays(30),
                TODAY.plusDays(335),
                earlyHelpManager().name());
    }

    private static CommitFunds commit(String id, Money amount) {
        return new CommitFunds(
                BUDGET,
                id,
                "grant",
                " Parenting course provider ",
                " Twelve sessions for Rachel ",
                "goal-1",
                amount,
                TODAY,
                TODAY,
                BudgetStanding.LEAD_PROFESSIONAL,
                earlyHelpKeyworker());
    }

    private static FundsCommitted committed(String id, Money amount) {
        return new FundsCommitted(
                BUDGET,
                id,
                "grant",
                "Parenting course provider",
                "Twelve sessions for Rachel",
                "goal-1",
                amount,
                TODAY);
    }

    private static RecordSpend spend(String id, Money amount) {
        return new RecordSpend(
                BUDGET, "course", id, amount, TODAY, TODAY, BudgetStanding.LEAD_PROFESSIONAL, earlyHelpKeyworker());
    }

    @Nested
    class Allocating {

        @Test
        void aTeamManagerAllocatesWithinTheLimit() {
            fixture.givenNoPriorActivity()
                    .when(allocate("grant", THOUSAND, BudgetStanding.CASE_MANAGER))
                    .expectEvents(allocated());
        }

        @Test
        void allocatesExactlyTheLimit() {
            fixture.givenNoPriorActivity()
                    .when(allocate("grant", LIMIT, BudgetStanding.CASE_MANAGER))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesOnePennyOverTheLimit() {
            fixture.givenNoPriorActivity()
                    .when(allocate("grant", LIMIT.plus(new Money(1)), BudgetStanding.CASE_MANAGER))
                    .expectException(OverApprovalLimit.class)
                    .expectExceptionMessage("A team manager can approve at most £5,000.00 at once")
                    .expectNoEvents();
        }

        @Test
        void refusesTheLeadProfessional() {
            fixture.givenNoPriorActivity()
                    .when(allocate("grant", THOUSAND, BudgetStanding.LEAD_PROFESSIONAL))
                    .expectException(BudgetManagersOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesNothing() {
            fixture.givenNoPriorActivity()
                    .when(allocate("grant", Money.ZERO, BudgetStanding.CASE_MANAGER))
                    .expectException(AmountNotPositive.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAPeriodEndingBeforeItBegins() {
            AllocateFunds backwards = new AllocateFunds(
                    BUDGET,
                    WALKERS,
                    "grant",
                    FundingSource.SUPPORTING_PEOPLE,
                    THOUSAND,
                    TODAY,
                    TODAY.minusDays(1),
                    LIMIT,
                    TODAY,
                    BudgetStanding.CASE_MANAGER,
                    earlyHelpManager());
            fixture.givenNoPriorActivity()
                    .when(backwards)
                    .expectException(PeriodEndsBeforeItBegins.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheSameAllocationTwice() {
            fixture.given(allocated())
                    .when(allocate("grant", THOUSAND, BudgetStanding.CASE_MANAGER))
                    .expectException(AlreadyRecorded.class)
                    .expectNoEvents();
        }

        @Test
        void addsASecondAllocation() {
            fixture.given(allocated())
                    .when(allocate("pooled", THOUSAND, BudgetStanding.CASE_MANAGER))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Committing {

        @Test
        void theLeadProfessionalCommitsWhatIsLeft() {
            fixture.given(allocated()).when(commit("course", THOUSAND)).expectEvents(committed("course", THOUSAND));
        }

        @Test
        void twoCommitmentsCannotBothTakeTheLastPound() {
            fixture.given(allocated(), committed("course", new Money(99_900)))
                    .when(commit("taxi", new Money(101)))
                    .expectException(NotEnoughLeft.class)
                    .expectExceptionMessage("Only £1.00 of this allocation is left to commit")
                    .expectNoEvents();
        }

        @Test
        void theLastPoundCanBeCommittedOnce() {
            fixture.given(allocated(), committed("course", new Money(99_900)))
                    .when(commit("taxi", new Money(100)))
                    .expectEvents(committed("taxi", new Money(100)));
        }

        @Test
        void aCancelledCommitmentReleasesWhatWasNotSpent() {
            fixture.given(
                            allocated(),
                            committed("course", THOUSAND),
                            new SpendRecorded(BUDGET, "course", "invoice-1", new Money(30_000), TODAY),
                            new CommitmentCancelled(BUDGET, "course", new Money(70_000), "Provider closed", TODAY))
                    .when(commit("other", new Money(70_000)))
                    .expectEvents(committed("other", new Money(70_000)));
        }

        @Test
        void whatWasSpentIsNotReleased() {
            fixture.given(
                            allocated(),
                            committed("course", THOUSAND),
                            new SpendRecorded(BUDGET, "course", "invoice-1", new Money(30_000), TODAY),
                            new CommitmentCancelled(BUDGET, "course", new Money(70_000), "Provider closed", TODAY))
                    .when(commit("other", new Money(70_001)))
                    .expectException(NotEnoughLeft.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnyoneButTheLeadProfessional() {
            CommitFunds byManager = new CommitFunds(
                    BUDGET,
                    "course",
                    "grant",
                    "Provider",
                    "Sessions",
                    "goal-1",
                    THOUSAND,
                    TODAY,
                    TODAY,
                    BudgetStanding.CASE_MANAGER,
                    earlyHelpManager());
            fixture.given(allocated())
                    .when(byManager)
                    .expectException(LeadProfessionalOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnUnknownAllocation() {
            CommitFunds unknown = new CommitFunds(
                    BUDGET,
                    "course",
                    "nothing",
                    "Provider",
                    "Sessions",
                    "goal-1",
                    THOUSAND,
                    TODAY,
                    TODAY,
                    BudgetStanding.LEAD_PROFESSIONAL,
                    earlyHelpKeyworker());
            fixture.given(allocated())
                    .when(unknown)
                    .expectException(NoSuchRecord.class)
                    .expectNoEvents();
        }

        @Test
        void refusesACommitmentOutsideTheAllocationsPeriod() {
            CommitFunds early = new CommitFunds(
                    BUDGET,
                    "course",
                    "grant",
                    "Provider",
                    "Sessions",
                    "goal-1",
                    THOUSAND,
                    TODAY.minusDays(31),
                    TODAY,
                    BudgetStanding.LEAD_PROFESSIONAL,
                    earlyHelpKeyworker());
            fixture.given(allocated())
                    .when(early)
                    .expectException(OutsideTheAllocationsPeriod.class)
                    .expectNoEvents();
        }

        @Test
        void refusesACommitmentDatedAfterToday() {
            CommitFunds tomorrow = new CommitFunds(
                    BUDGET,
                    "course",
                    "grant",
                    "Provider",
                    "Sessions",
                    "goal-1",
                    THOUSAND,
                    TODAY.plusDays(1),
                    TODAY,
                    BudgetStanding.LEAD_PROFESSIONAL,
                    earlyHelpKeyworker());
            fixture.given(allocated())
                    .when(tomorrow)
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheSameCommitmentTwice() {
            fixture.given(allocated(), committed("course", new Money(100)))
                    .when(commit("course", new Money(100)))
                    .expectException(AlreadyRecorded.class)
                    .expectNoEvents();
        }

        @Test
        void refusesNothing() {
            fixture.given(allocated())
                    .when(commit("course", Money.ZERO))
                    .expectException(AmountNotPositive.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Spending {

        @Test
        void recordsSpendUpToTheCommitment() {
            fixture.given(
                            allocated(),
                            committed("course", THOUSAND),
                            new SpendRecorded(BUDGET, "course", "invoice-1", new Money(60_000), TODAY))
                    .when(spend("invoice-2", new Money(40_000)))
                    .expectEvents(new SpendRecorded(BUDGET, "course", "invoice-2", new Money(40_000), TODAY));
        }

        @Test
        void refusesSpendOfNothing() {
            fixture.given(allocated(), committed("course", THOUSAND))
                    .when(spend("invoice-1", Money.ZERO))
                    .expectException(AmountNotPositive.class)
                    .expectNoEvents();
        }

        @Test
        void refusesSpendDatedAfterToday() {
            fixture.given(allocated(), committed("course", THOUSAND))
                    .when(new RecordSpend(
                            BUDGET,
                            "course",
                            "invoice-1",
                            new Money(100),
                            TODAY.plusDays(1),
                            TODAY,
                            BudgetStanding.LEAD_PROFESSIONAL,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }

        @Test
        void refusesSpendDatedBeforeTheCommitment() {
            fixture.given(allocated(), committed("course", THOUSAND))
                    .when(new RecordSpend(
                            BUDGET,
                            "course",
                            "invoice-1",
                            new Money(100),
                            TODAY.minusDays(1),
                            TODAY,
                            BudgetStanding.LEAD_PROFESSIONAL,
                            earlyHelpKeyworker()))
                    .expectException(DatedBeforeWhatItFollows.class)
                    .expectNoEvents();
        }

        @Test
        void recordsSpendOnTheDayOfTheCommitment() {
            fixture.given(allocated(), committed("course", THOUSAND))
                    .when(spend("invoice-1", new Money(100)))
                    .expectEvents(new SpendRecorded(BUDGET, "course", "invoice-1", new Money(100), TODAY));
        }

        @Test
        void refusesSpendBeyondTheCommitment() {
            fixture.given(
                            allocated(),
                            committed("course", THOUSAND),
                            new SpendRecorded(BUDGET, "course", "invoice-1", new Money(60_000), TODAY))
                    .when(spend("invoice-2", new Money(40_001)))
                    .expectException(SpendBeyondCommitment.class)
                    .expectExceptionMessage("Only £400.00 of this commitment is left to spend")
                    .expectNoEvents();
        }

        @Test
        void refusesSpendOnACancelledCommitment() {
            fixture.given(
                            allocated(),
                            committed("course", THOUSAND),
                            new CommitmentCancelled(BUDGET, "course", THOUSAND, "Not needed", TODAY))
                    .when(spend("invoice-1", new Money(100)))
                    .expectException(CommitmentCancelledAlready.class)
                    .expectNoEvents();
        }

        @Test
        void refusesSomeoneNotWorkingTheCase() {
            fixture.given(allocated(), committed("course", THOUSAND))
                    .when(new RecordSpend(
                            BUDGET,
                            "course",
                            "invoice-1",
                            new Money(100),
                            TODAY,
                            TODAY,
                            BudgetStanding.NONE,
                            earlyHelpKeyworker()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheSameSpendTwice() {
            fixture.given(
                            allocated(),
                            committed("course", THOUSAND),
                            new SpendRecorded(BUDGET, "course", "invoice-1", new Money(100), TODAY))
                    .when(spend("invoice-1", new Money(100)))
                    .expectException(AlreadyRecorded.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnUnknownCommitment() {
            fixture.given(allocated())
                    .when(spend("invoice-1", new Money(100)))
                    .expectException(NoSuchRecord.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Cancelling {

        @Test
        void releasesWhatWasNotSpent() {
            fixture.given(
                            allocated(),
                            committed("course", THOUSAND),
                            new SpendRecorded(BUDGET, "course", "invoice-1", new Money(25_000), TODAY))
                    .when(new CancelCommitment(
                            BUDGET,
                            "course",
                            " Provider closed ",
                            TODAY,
                            TODAY,
                            BudgetStanding.CASE_MANAGER,
                            earlyHelpManager()))
                    .expectEvents(
                            new CommitmentCancelled(BUDGET, "course", new Money(75_000), "Provider closed", TODAY));
        }

        @Test
        void refusesWithoutAReason() {
            fixture.given(allocated(), committed("course", THOUSAND))
                    .when(new CancelCommitment(
                            BUDGET,
                            "course",
                            " ",
                            TODAY,
                            TODAY,
                            BudgetStanding.LEAD_PROFESSIONAL,
                            earlyHelpKeyworker()))
                    .expectException(ReasonRequired.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToCancelTwice() {
            fixture.given(
                            allocated(),
                            committed("course", THOUSAND),
                            new CommitmentCancelled(BUDGET, "course", THOUSAND, "Not needed", TODAY))
                    .when(new CancelCommitment(
                            BUDGET,
                            "course",
                            "Again",
                            TODAY,
                            TODAY,
                            BudgetStanding.LEAD_PROFESSIONAL,
                            earlyHelpKeyworker()))
                    .expectException(CommitmentCancelledAlready.class)
                    .expectNoEvents();
        }

        @Test
        void refusesSomeoneNotWorkingTheCase() {
            fixture.given(allocated(), committed("course", THOUSAND))
                    .when(new CancelCommitment(
                            BUDGET, "course", "Not needed", TODAY, TODAY, BudgetStanding.NONE, earlyHelpKeyworker()))
                    .expectException(LeadOrManagerOnly.class)
                    .expectNoEvents();
        }

        @Test
        void refusesACancellationDatedBeforeTheCommitment() {
            fixture.given(allocated(), committed("course", THOUSAND))
                    .when(cancelOn(TODAY.minusDays(1)))
                    .expectException(DatedBeforeWhatItFollows.class)
                    .expectNoEvents();
        }

        @Test
        void refusesACancellationDatedBeforeTheLastSpend() {
            LocalDate committedOn = TODAY.minusDays(10);
            fixture.given(
                            allocated(),
                            new FundsCommitted(
                                    BUDGET, "course", "grant", "Provider", "Purpose", "goal-1", THOUSAND, committedOn),
                            new SpendRecorded(BUDGET, "course", "invoice-2", new Money(100), TODAY.minusDays(2)),
                            new SpendRecorded(BUDGET, "course", "invoice-1", new Money(100), TODAY.minusDays(5)))
                    .when(cancelOn(TODAY.minusDays(3)))
                    .expectException(DatedBeforeWhatItFollows.class)
                    .expectNoEvents();
        }

        @Test
        void cancelsOnTheDayOfTheLastSpend() {
            fixture.given(
                            allocated(),
                            committed("course", THOUSAND),
                            new SpendRecorded(BUDGET, "course", "invoice-1", new Money(100), TODAY))
                    .when(cancelOn(TODAY))
                    .expectEvents(new CommitmentCancelled(BUDGET, "course", new Money(99_900), "Not needed", TODAY));
        }

        private CancelCommitment cancelOn(LocalDate day) {
            return new CancelCommitment(
                    BUDGET, "course", "Not needed", day, TODAY, BudgetStanding.LEAD_PROFESSIONAL, earlyHelpKeyworker());
        }

        @Test
        void refusesACancellationDatedAfterToday() {
            fixture.given(allocated(), committed("course", THOUSAND))
                    .when(new CancelCommitment(
                            BUDGET,
                            "course",
                            "Not needed",
                            TODAY.plusDays(1),
                            TODAY,
                            BudgetStanding.LEAD_PROFESSIONAL,
                            earlyHelpKeyworker()))
                    .expectException(DatedInFuture.class)
                    .expectNoEvents();
        }
    }
}
