package uk.joinedup.caseservice.views.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.budget.api.FundingSource;
import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.budget.record.BudgetRecord;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Allocation;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Cancellation;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Commitment;
import uk.joinedup.caseservice.family.api.Goal;

/**
 * A family's budget as the casework shows it: amounts in pounds with two places.
 *
 * @param allocations oldest period first, each with what is committed, spent and left of it
 * @param commitments newest first, each with its goal, spend and cancellation
 * @param allocated everything allocated
 * @param committed what commitments hold: each standing one whole, each cancelled one what was spent of it
 * @param spent everything spent
 * @param left what is left to commit
 * @param mayAllocate the viewer may allocate funds now (a team manager of the case): an offer, not the check
 * @param mayCommit the viewer may commission services now (the lead professional): an offer, not the check
 */
public record BudgetView(
        List<AllocationView> allocations,
        List<CommitmentView> commitments,
        BigDecimal allocated,
        BigDecimal committed,
        BigDecimal spent,
        BigDecimal left,
        boolean mayAllocate,
        boolean mayCommit) {

    /**
     * @param budget the budget, or null when nothing was ever allocated
     * @param goals the goals of the family's current plan, which name what each commitment is for
     */
    static BudgetView of(BudgetRecord budget, List<Goal> goals, boolean mayAllocate, boolean mayCommit) {
        if (budget == null) {
            BigDecimal none = Money.ZERO.inPounds();
            return new BudgetView(List.of(), List.of(), none, none, none, none, mayAllocate, mayCommit);
        }
        Map<String, String> goalNames =
                goals.stream().collect(Collectors.toMap(goal -> goal.goalId().value(), Goal::description));
        Map<String, Allocation> allocations = budget.allocations();
        Money allocated =
                sum(allocations.values().stream().map(Allocation::amount).toList());
        Money committed = sum(
                budget.commitments().values().stream().map(Commitment::holds).toList());
        Money spent = sum(
                budget.commitments().values().stream().map(Commitment::spent).toList());
        return new BudgetView(
                budget.allocationsInOrder().stream()
                        .map(allocation -> AllocationView.of(allocation, budget))
                        .toList(),
                budget.commitmentsNewestFirst().stream()
                        .map(commitment ->
                                CommitmentView.of(commitment, allocations.get(commitment.allocationId()), goalNames))
                        .toList(),
                allocated.inPounds(),
                committed.inPounds(),
                spent.inPounds(),
                allocated.minus(committed).inPounds(),
                mayAllocate,
                mayCommit);
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }

    /**
     * An allocation.
     *
     * @param approvedBy the team manager who approved it
     * @param approvedOn the day they approved it
     */
    public record AllocationView(
            String allocationId,
            FundingSource source,
            BigDecimal amount,
            LocalDate from,
            LocalDate until,
            String approvedBy,
            LocalDate approvedOn,
            BigDecimal committed,
            BigDecimal spent,
            BigDecimal left) {

        static AllocationView of(Allocation allocation, BudgetRecord budget) {
            Money committed = budget.committedFrom(allocation.allocationId());
            return new AllocationView(
                    allocation.allocationId(),
                    allocation.source(),
                    allocation.amount().inPounds(),
                    allocation.from(),
                    allocation.until(),
                    allocation.approvedBy(),
                    allocation.approvedOn(),
                    committed.inPounds(),
                    budget.spentFrom(allocation.allocationId()).inPounds(),
                    allocation.amount().minus(committed).inPounds());
        }
    }

    /**
     * A service commissioned from a provider.
     *
     * @param goal the plan goal it serves in the family's words, or null if the current plan no longer has it
     * @param left what is left to spend of it: nothing once cancelled
     * @param spends oldest first
     * @param cancellation null while it stands
     */
    public record CommitmentView(
            String commitmentId,
            String allocationId,
            FundingSource source,
            String provider,
            String purpose,
            String goalId,
            String goal,
            BigDecimal amount,
            BigDecimal spent,
            BigDecimal left,
            LocalDate committedOn,
            String recordedBy,
            List<SpendView> spends,
            CancellationView cancellation) {

        static CommitmentView of(Commitment commitment, Allocation allocation, Map<String, String> goalNames) {
            Cancellation cancellation = commitment.cancellation();
            return new CommitmentView(
                    commitment.commitmentId(),
                    commitment.allocationId(),
                    allocation == null ? null : allocation.source(),
                    commitment.provider(),
                    commitment.purpose(),
                    commitment.goalId(),
                    goalNames.get(commitment.goalId()),
                    commitment.amount().inPounds(),
                    commitment.spent().inPounds(),
                    commitment.left().inPounds(),
                    commitment.committedOn(),
                    commitment.recordedBy(),
                    commitment.spends().stream()
                            .map(spend -> new SpendView(spend.amount().inPounds(), spend.spentOn(), spend.recordedBy()))
                            .toList(),
                    cancellation == null
                            ? null
                            : new CancellationView(
                                    cancellation.reason(),
                                    cancellation.cancelledOn(),
                                    cancellation.released().inPounds(),
                                    cancellation.cancelledBy()));
        }
    }

    /** Money spent against a commitment. */
    public record SpendView(BigDecimal amount, LocalDate spentOn, String recordedBy) {}

    /** A commitment's cancellation: what went back to the allocation. */
    public record CancellationView(String reason, LocalDate cancelledOn, BigDecimal released, String cancelledBy) {}
}
