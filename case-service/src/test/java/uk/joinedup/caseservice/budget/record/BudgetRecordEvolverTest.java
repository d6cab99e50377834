package uk.joinedup.caseservice.budget.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.budget.api.BudgetEvent;
import uk.joinedup.caseservice.budget.api.BudgetId;
import uk.joinedup.caseservice.budget.api.CommitmentCancelled;
import uk.joinedup.caseservice.budget.api.FundingSource;
import uk.joinedup.caseservice.budget.api.FundsAllocated;
import uk.joinedup.caseservice.budget.api.FundsCommitted;
import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.budget.api.SpendRecorded;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.family.api.FamilyId;

class BudgetRecordEvolverTest {

    private static final FamilyId FAMILY = new FamilyId("f1");
    private static final BudgetId BUDGET = BudgetId.of(FAMILY);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private static final Recorded BY_SAM = new Recorded(
            "Sam Patel",
            new AgencyId("southampton-early-help"),
            "Early Help",
            null,
            Instant.parse("2026-10-01T09:00:00Z"));

    @Test
    void allocationsCommitmentsSpendAndCancellationsAddUp() {
        BudgetRecord budget = evolve(
                new FundsAllocated(
                        BUDGET,
                        FAMILY,
                        "a1",
                        FundingSource.TROUBLED_FAMILIES_GRANT,
                        pounds(1000),
                        DAY,
                        DAY.plusYears(1),
                        "Mo Ahmed"),
                new FundsAllocated(
                        BUDGET,
                        FAMILY,
                        "a2",
                        FundingSource.SUPPORTING_PEOPLE,
                        pounds(200),
                        DAY,
                        DAY.plusMonths(6),
                        "Mo Ahmed"),
                committed("c1", "a1", 600, DAY.plusDays(1)),
                committed("c2", "a1", 100, DAY.plusDays(2)),
                committed("c3", "a2", 50, DAY.plusDays(3)),
                new SpendRecorded(BUDGET, "c1", "s1", pounds(250), DAY.plusDays(5)),
                new SpendRecorded(BUDGET, "c1", "s2", pounds(50), DAY.plusDays(6)),
                new CommitmentCancelled(BUDGET, "c1", pounds(300), "Not needed", DAY.plusDays(7)));

        assertThat(budget.familyId()).isEqualTo("f1");
        assertThat(budget.budgetId()).isEqualTo("budget:f1");
        assertThat(budget.version()).isEqualTo(7);
        assertThat(budget.allocations().get("a1").approvedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(budget.allocations().get("a1").approvedBy()).isEqualTo("Mo Ahmed");
        assertThat(budget.committedFrom("a1"))
                .as("c1 cancelled holds what it spent")
                .isEqualTo(pounds(400));
        assertThat(budget.spentFrom("a1")).isEqualTo(pounds(300));
        assertThat(budget.committedFrom("a2")).isEqualTo(pounds(50));
        assertThat(budget.spentFrom("a2")).isEqualTo(Money.ZERO);
        BudgetRecord.Commitment cancelled = budget.commitments().get("c1");
        assertThat(cancelled.left()).isEqualTo(Money.ZERO);
        assertThat(cancelled.holds()).isEqualTo(pounds(300));
        assertThat(cancelled.cancellation().released()).isEqualTo(pounds(300));
        assertThat(cancelled.cancellation().cancelledBy()).isEqualTo("Sam Patel");
        assertThat(cancelled.spends()).extracting(BudgetRecord.Spend::spendId).containsExactly("s1", "s2");
        assertThat(budget.commitments().get("c2").left()).isEqualTo(pounds(100));
        assertThat(budget.commitmentsNewestFirst())
                .extracting(BudgetRecord.Commitment::commitmentId)
                .containsExactly("c3", "c2", "c1");
        assertThat(budget.allocationsInOrder())
                .extracting(BudgetRecord.Allocation::allocationId)
                .containsExactly("a1", "a2");
    }

    @Test
    void asAtADayLeavesOutWhatHappenedAfterItAndUndoesLaterCancellations() {
        BudgetRecord budget = evolve(
                new FundsAllocated(
                        BUDGET,
                        FAMILY,
                        "a1",
                        FundingSource.TROUBLED_FAMILIES_GRANT,
                        pounds(1000),
                        DAY,
                        DAY.plusYears(1),
                        "Mo Ahmed"),
                new FundsAllocated(
                        BUDGET,
                        FAMILY,
                        "a2",
                        FundingSource.OTHER,
                        pounds(10),
                        DAY.plusDays(3),
                        DAY.plusYears(1),
                        "Mo Ahmed"),
                committed("c1", "a1", 600, DAY.plusDays(1)),
                committed("c2", "a1", 100, DAY.plusDays(3)),
                new SpendRecorded(BUDGET, "c1", "s1", pounds(250), DAY.plusDays(2)),
                new SpendRecorded(BUDGET, "c1", "s2", pounds(50), DAY.plusDays(3)),
                new CommitmentCancelled(BUDGET, "c1", pounds(300), "Not needed", DAY.plusDays(3)));

        BudgetRecord dayTwo = budget.asAt(DAY.plusDays(2));
        assertThat(dayTwo.allocations()).containsOnlyKeys("a1");
        assertThat(dayTwo.commitments()).containsOnlyKeys("c1");
        assertThat(dayTwo.commitments().get("c1").cancellation()).isNull();
        assertThat(dayTwo.commitments().get("c1").spent()).isEqualTo(pounds(250));
        assertThat(dayTwo.committedFrom("a1")).isEqualTo(pounds(600));

        BudgetRecord dayThree = budget.asAt(DAY.plusDays(3));
        assertThat(dayThree.allocations()).containsOnlyKeys("a1", "a2");
        assertThat(dayThree.commitments().get("c1").cancellation()).isNotNull();
        assertThat(dayThree.committedFrom("a1")).isEqualTo(pounds(400));
        assertThat(budget.asAt(DAY.minusDays(1)).allocations()).isEmpty();
    }

    @Test
    void aChangeBeforeAnyAllocationIsRefused() {
        assertThatThrownBy(() -> BudgetRecordEvolver.evolve(
                        null, new SpendRecorded(BUDGET, "c1", "s1", pounds(1), DAY), BY_SAM, 0))
                .isInstanceOf(IllegalStateException.class);
    }

    private static FundsCommitted committed(String commitmentId, String allocationId, long pounds, LocalDate on) {
        return new FundsCommitted(
                BUDGET, commitmentId, allocationId, "Solent Parenting", "Course", "g1", pounds(pounds), on);
    }

    private static BudgetRecord evolve(BudgetEvent... events) {
        BudgetRecord budget = null;
        long version = 0;
        for (BudgetEvent event : events) {
            budget = BudgetRecordEvolver.evolve(budget, event, BY_SAM, version++);
        }
        return budget;
    }

    private static Money pounds(long pounds) {
        return new Money(pounds * 100);
    }
}
