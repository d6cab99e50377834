package uk.joinedup.caseservice.budget.record;

import java.util.HashMap;
import java.util.Map;
import uk.joinedup.caseservice.budget.api.BudgetEvent;
import uk.joinedup.caseservice.budget.api.CommitmentCancelled;
import uk.joinedup.caseservice.budget.api.FundsAllocated;
import uk.joinedup.caseservice.budget.api.FundsCommitted;
import uk.joinedup.caseservice.budget.api.SpendRecorded;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Allocation;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Cancellation;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Commitment;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Spend;
import uk.joinedup.caseservice.chronology.Recorded;

/** How each budget event changes the stored budget: a pure function (ADR 7). */
final class BudgetRecordEvolver {

    private BudgetRecordEvolver() {}

    /**
     * @param budget the budget as stored, or null before its first event
     * @param version the event's sequence number in the budget's stream
     */
    static BudgetRecord evolve(BudgetRecord budget, BudgetEvent event, Recorded recorded, long version) {
        if (event instanceof FundsAllocated allocated) {
            Map<String, Allocation> allocations = new HashMap<>(budget == null ? Map.of() : budget.allocations());
            allocations.put(
                    allocated.allocationId(),
                    new Allocation(
                            allocated.allocationId(),
                            allocated.source(),
                            allocated.amount(),
                            allocated.from(),
                            allocated.until(),
                            allocated.approvedBy(),
                            recorded.on()));
            return new BudgetRecord(
                    allocated.budgetId().value(),
                    allocated.familyId().value(),
                    allocations,
                    budget == null ? Map.of() : budget.commitments(),
                    version);
        }
        if (budget == null) {
            throw new IllegalStateException(
                    "A budget event before any allocation: " + event.getClass().getSimpleName());
        }
        Map<String, Commitment> commitments = new HashMap<>(budget.commitments());
        if (event instanceof FundsCommitted committed) {
            commitments.put(
                    committed.commitmentId(),
                    new Commitment(
                            committed.commitmentId(),
                            committed.allocationId(),
                            committed.provider(),
                            committed.purpose(),
                            committed.goalId(),
                            committed.amount(),
                            committed.committedOn(),
                            recorded.by(),
                            recorded.at(),
                            null,
                            null));
        } else if (event instanceof SpendRecorded spend) {
            commitments.computeIfPresent(
                    spend.commitmentId(),
                    (id, commitment) -> commitment.spending(
                            new Spend(spend.spendId(), spend.amount(), spend.spentOn(), recorded.by())));
        } else if (event instanceof CommitmentCancelled cancelled) {
            commitments.computeIfPresent(
                    cancelled.commitmentId(),
                    (id, commitment) -> commitment.cancelled(new Cancellation(
                            cancelled.reason(), cancelled.cancelledOn(), cancelled.released(), recorded.by())));
        } else {
            throw new IllegalArgumentException(
                    "Unknown budget event " + event.getClass().getSimpleName());
        }
        return new BudgetRecord(budget.budgetId(), budget.familyId(), budget.allocations(), commitments, version);
    }
}
