package uk.joinedup.webui.caseservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A family's budget, which its lead professional holds for the family like a trustee: money a team manager
 * of the case allocated from funding sources, and the services the lead professional commissioned with it
 * for goals of the support plan. Amounts are pounds with two places.
 *
 * @param allocations oldest period first
 * @param commitments newest first
 * @param allocated everything allocated
 * @param committed what the commitments hold: each standing one whole, each cancelled one what was spent of it
 * @param spent everything spent
 * @param left what is left to commit
 * @param mayAllocate the user may allocate funds (a team manager of the case): an offer for the page, not the
 *     check, and false on a page "as at" a date
 * @param mayCommit the user may commission services (the lead professional, once the family has a plan): an
 *     offer, as {@code mayAllocate}
 */
public record BudgetView(
        List<Allocation> allocations,
        List<Commitment> commitments,
        BigDecimal allocated,
        BigDecimal committed,
        BigDecimal spent,
        BigDecimal left,
        boolean mayAllocate,
        boolean mayCommit) {

    public BudgetView {
        allocations = allocations == null ? List.of() : allocations;
        commitments = commitments == null ? List.of() : commitments;
        allocated = orZero(allocated);
        committed = orZero(committed);
        spent = orZero(spent);
        left = orZero(left);
    }

    /** Nothing was ever allocated. */
    public boolean empty() {
        return allocations.isEmpty();
    }

    /**
     * The user may record spend against a commitment and cancel it: the lead professional or a team manager
     * of the case (case-service decides; this is what the page offers).
     */
    public boolean mayChangeCommitments() {
        return mayCommit || mayAllocate;
    }

    /** Allocations with money left to commit, which a new commitment may be paid from. */
    public List<Allocation> allocationsWithMoneyLeft() {
        return allocations.stream()
                .filter(allocation -> positive(allocation.left()))
                .toList();
    }

    /** The user may commission a service now: they may commit, and some allocation has money left. */
    public boolean mayCommission() {
        return mayCommit && !allocationsWithMoneyLeft().isEmpty();
    }

    public Optional<Commitment> commitment(String commitmentId) {
        return commitments.stream()
                .filter(commitment -> commitment.commitmentId().equals(commitmentId))
                .findFirst();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    /**
     * Money allocated to the family from one funding source, for a period.
     *
     * @param approvedBy the team manager who approved it, by name
     * @param committed what commitments paid from it hold
     * @param spent what was spent of it
     * @param left what is left of it to commit
     */
    public record Allocation(
            String allocationId,
            FundingSource source,
            BigDecimal amount,
            LocalDate from,
            LocalDate until,
            String approvedBy,
            LocalDate approvedOn,
            BigDecimal committed,
            BigDecimal spent,
            BigDecimal left) {}

    /**
     * A service commissioned from a provider for a goal of the plan, paid from one allocation.
     *
     * @param source the funding source of its allocation
     * @param goal the goal it serves in the plan's words, or null if the current plan no longer has it
     * @param left what is left to spend of it: nothing once cancelled
     * @param recordedBy who commissioned it, by name
     * @param spends oldest first
     * @param cancellation null while it stands
     */
    public record Commitment(
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
            List<Spend> spends,
            Cancellation cancellation) {

        public Commitment {
            spends = spends == null ? List.of() : spends;
        }

        public boolean cancelled() {
            return cancellation != null;
        }

        /** Standing, with money left to spend: spend may be recorded against it, or it may be cancelled. */
        public boolean open() {
            return cancellation == null && positive(left);
        }
    }

    /** Money spent against a commitment, and who recorded it, by name. */
    public record Spend(BigDecimal amount, LocalDate spentOn, String recordedBy) {}

    /**
     * A commitment's cancellation.
     *
     * @param released what was not spent of it, which went back to its allocation
     * @param cancelledBy who cancelled it, by name
     */
    public record Cancellation(String reason, LocalDate cancelledOn, BigDecimal released, String cancelledBy) {}
}
