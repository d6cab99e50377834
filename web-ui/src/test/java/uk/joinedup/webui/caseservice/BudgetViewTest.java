package uk.joinedup.webui.caseservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the budget's pages offer, from what case-service says the user may do and what is left. */
class BudgetViewTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);

    @Test
    void offersToCommissionOnlyFromAllocationsWithMoneyLeft() {
        BudgetView.Allocation spent = allocation("a1", "0.00");
        BudgetView.Allocation someLeft = allocation("a2", "400.00");

        assertThat(budget(true, false, spent, someLeft).allocationsWithMoneyLeft())
                .containsExactly(someLeft);
        assertThat(budget(true, false, spent, someLeft).mayCommission()).isTrue();
        assertThat(budget(true, false, spent).mayCommission())
                .as("everything committed")
                .isFalse();
        assertThat(budget(false, true, someLeft).mayCommission())
                .as("a team manager allocates; the lead professional commissions")
                .isFalse();
    }

    @Test
    void offersSpendAndCancellingToTheLeadAndToTeamManagersOnlyWhileACommitmentHasMoneyLeft() {
        assertThat(budget(true, false).mayChangeCommitments()).isTrue();
        assertThat(budget(false, true).mayChangeCommitments()).isTrue();
        assertThat(budget(false, false).mayChangeCommitments()).isFalse();

        assertThat(commitment("60.00", null).open()).isTrue();
        assertThat(commitment("0.00", null).open()).as("spent in full").isFalse();
        BudgetView.Cancellation cancelled = new BudgetView.Cancellation(
                "No longer needed", FROM.plusDays(9), new BigDecimal("160.00"), "Sam Patel");
        assertThat(commitment("0.00", cancelled).open()).isFalse();
        assertThat(commitment("0.00", cancelled).cancelled()).isTrue();
    }

    @Test
    void readsAnAbsentBudgetAsEmpty() {
        BudgetView none = new BudgetView(null, null, null, null, null, null, false, false);

        assertThat(none.empty()).isTrue();
        assertThat(none.left()).isZero();
        assertThat(none.commitment("c1")).isEmpty();
    }

    private static BudgetView budget(boolean mayCommit, boolean mayAllocate, BudgetView.Allocation... allocations) {
        BigDecimal zero = BigDecimal.ZERO;
        return new BudgetView(List.of(allocations), List.of(), zero, zero, zero, zero, mayAllocate, mayCommit);
    }

    private static BudgetView.Allocation allocation(String id, String left) {
        BigDecimal amount = new BigDecimal("1000.00");
        return new BudgetView.Allocation(
                id,
                FundingSource.SUPPORTING_PEOPLE,
                amount,
                FROM,
                FROM.plusYears(1).minusDays(1),
                "Mo Ahmed",
                FROM,
                amount.subtract(new BigDecimal(left)),
                BigDecimal.ZERO,
                new BigDecimal(left));
    }

    private static BudgetView.Commitment commitment(String left, BudgetView.Cancellation cancellation) {
        return new BudgetView.Commitment(
                "c1",
                "a1",
                FundingSource.SUPPORTING_PEOPLE,
                "Solent Training",
                "Forklift course",
                "g1",
                "Stephen back in work",
                new BigDecimal("120.00"),
                new BigDecimal("120.00").subtract(new BigDecimal(left)),
                new BigDecimal(left),
                FROM,
                "Sam Patel",
                List.of(),
                cancellation);
    }
}
