package uk.joinedup.caseservice.budget.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.joinedup.caseservice.budget.api.FundingSource;
import uk.joinedup.caseservice.budget.api.Money;

/**
 * A family's budget as stored: not yet filtered for any viewer.
 *
 * @param budgetId the budget's stream, {@code budget:} and the family's id
 * @param allocations by allocation id
 * @param commitments by commitment id
 * @param version the sequence number of the last event applied
 */
public record BudgetRecord(
        @JsonProperty("_id") String budgetId,
        String familyId,
        Map<String, Allocation> allocations,
        Map<String, Commitment> commitments,
        long version) {

    public BudgetRecord {
        allocations = allocations == null ? Map.of() : Map.copyOf(allocations);
        commitments = commitments == null ? Map.of() : Map.copyOf(commitments);
    }

    /**
     * The budget as it stood at the end of a day, as it is known now, by the dates things happened on: allocations
     * whose period starts after it, and services commissioned, money spent and commitments cancelled after it, are
     * left out (every commitment falls within its allocation's period, so none is left without its allocation).
     */
    public BudgetRecord asAt(LocalDate day) {
        return new BudgetRecord(
                budgetId,
                familyId,
                allocations.values().stream()
                        .filter(allocation -> !allocation.from().isAfter(day))
                        .collect(Collectors.toMap(Allocation::allocationId, Function.identity())),
                commitments.values().stream()
                        .filter(commitment -> !commitment.committedOn().isAfter(day))
                        .map(commitment -> commitment.asAt(day))
                        .collect(Collectors.toMap(Commitment::commitmentId, Function.identity())),
                version);
    }

    /** What commitments still hold of an allocation: each live one whole, each cancelled one what it spent. */
    public Money committedFrom(String allocationId) {
        return commitments.values().stream()
                .filter(commitment -> commitment.allocationId().equals(allocationId))
                .map(Commitment::holds)
                .reduce(Money.ZERO, Money::plus);
    }

    /** What was spent out of an allocation. */
    public Money spentFrom(String allocationId) {
        return commitments.values().stream()
                .filter(commitment -> commitment.allocationId().equals(allocationId))
                .map(Commitment::spent)
                .reduce(Money.ZERO, Money::plus);
    }

    /** The allocations, oldest period first. */
    public List<Allocation> allocationsInOrder() {
        return allocations.values().stream()
                .sorted(Comparator.comparing(Allocation::from)
                        .thenComparing(Allocation::approvedOn)
                        .thenComparing(Allocation::allocationId))
                .toList();
    }

    /** The commitments, newest first. */
    public List<Commitment> commitmentsNewestFirst() {
        return commitments.values().stream()
                .sorted(Comparator.comparing(Commitment::committedOn)
                        .thenComparing(Commitment::recordedAt)
                        .reversed())
                .toList();
    }

    /**
     * Money from a funding source for a period, approved by a team manager.
     *
     * @param approvedBy the team manager's name
     * @param approvedOn the day it was recorded
     */
    public record Allocation(
            String allocationId,
            FundingSource source,
            Money amount,
            LocalDate from,
            LocalDate until,
            String approvedBy,
            LocalDate approvedOn) {}

    /**
     * A service commissioned from a provider for a plan goal, with the spend against it and its cancellation.
     *
     * @param recordedBy the lead professional's name
     * @param spends oldest first
     * @param cancellation null while it stands
     */
    public record Commitment(
            String commitmentId,
            String allocationId,
            String provider,
            String purpose,
            String goalId,
            Money amount,
            LocalDate committedOn,
            String recordedBy,
            Instant recordedAt,
            List<Spend> spends,
            Cancellation cancellation) {

        public Commitment {
            spends = spends == null ? List.of() : List.copyOf(spends);
        }

        public Money spent() {
            return spends.stream().map(Spend::amount).reduce(Money.ZERO, Money::plus);
        }

        /** What it holds of its allocation: all of it while it stands, what was spent once cancelled. */
        public Money holds() {
            return cancellation == null ? amount : spent();
        }

        /** What is left to spend of it: nothing once cancelled. */
        public Money left() {
            return cancellation == null ? amount.minus(spent()) : Money.ZERO;
        }

        Commitment asAt(LocalDate day) {
            return with(
                    spends.stream()
                            .filter(spend -> !spend.spentOn().isAfter(day))
                            .toList(),
                    cancellation == null || cancellation.cancelledOn().isAfter(day) ? null : cancellation);
        }

        Commitment spending(Spend spend) {
            List<Spend> more = new ArrayList<>(spends);
            more.add(spend);
            return with(more, cancellation);
        }

        Commitment cancelled(Cancellation newCancellation) {
            return with(spends, newCancellation);
        }

        private Commitment with(List<Spend> newSpends, Cancellation newCancellation) {
            return new Commitment(
                    commitmentId,
                    allocationId,
                    provider,
                    purpose,
                    goalId,
                    amount,
                    committedOn,
                    recordedBy,
                    recordedAt,
                    newSpends,
                    newCancellation);
        }
    }

    /** Money spent against a commitment (an invoice paid). */
    public record Spend(String spendId, Money amount, LocalDate spentOn, String recordedBy) {}

    /**
     * A commitment's cancellation.
     *
     * @param released what went back to the allocation
     */
    public record Cancellation(String reason, LocalDate cancelledOn, Money released, String cancelledBy) {}
}
