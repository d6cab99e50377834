package uk.joinedup.caseservice.views.casefile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.budget.api.FundingSource;
import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.budget.record.BudgetRecord;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Allocation;

/**
 * What the family budgets of a manager's cases were given, committed and spent, by funding source; amounts in
 * pounds with two places.
 *
 * @param sources a row per funding source any of them draws on, in the sources' order
 * @param families a row per family and funding source, by family name
 * @param total every source together
 */
public record SpendBySource(List<SourceSpend> sources, List<FamilySpend> families, Amounts total) {

    /** Sums each family's allocations by source. */
    static SpendBySource of(List<FamilyBudget> budgets) {
        Map<FundingSource, Sum> bySource = new EnumMap<>(FundingSource.class);
        Sum total = new Sum();
        List<FamilySpend> families = new ArrayList<>();
        budgets.forEach(family -> {
            BudgetRecord budget = family.budget();
            Map<FundingSource, Sum> familySources = new EnumMap<>(FundingSource.class);
            for (Allocation allocation : budget.allocations().values()) {
                familySources
                        .computeIfAbsent(allocation.source(), source -> new Sum())
                        .add(allocation, budget);
            }
            familySources.forEach((source, sum) -> {
                families.add(new FamilySpend(family.familyId(), family.familyName(), source, sum.amounts()));
                bySource.computeIfAbsent(source, any -> new Sum()).add(sum);
                total.add(sum);
            });
        });
        families.sort(Comparator.comparing(FamilySpend::familyName)
                .thenComparing(FamilySpend::familyId)
                .thenComparing(FamilySpend::source));
        List<SourceSpend> sources = new ArrayList<>();
        bySource.forEach((source, sum) -> sources.add(new SourceSpend(source, sum.families, sum.amounts())));
        return new SpendBySource(sources, families, total.amounts());
    }

    /** A family's budget, and the family's name. */
    record FamilyBudget(String familyId, String familyName, BudgetRecord budget) {}

    /**
     * One funding source across the cases.
     *
     * @param families how many families it was allocated to
     */
    public record SourceSpend(FundingSource source, int families, Amounts amounts) {}

    /** One family's allocations from one source. */
    public record FamilySpend(String familyId, String familyName, FundingSource source, Amounts amounts) {}

    /**
     * @param committed what commitments hold: each standing one whole, each cancelled one what was spent of it
     * @param left what is left to commit
     */
    public record Amounts(BigDecimal allocated, BigDecimal committed, BigDecimal spent, BigDecimal left) {}

    /** A running sum. */
    private static final class Sum {

        private Money allocated = Money.ZERO;
        private Money committed = Money.ZERO;
        private Money spent = Money.ZERO;
        private int families;

        void add(Allocation allocation, BudgetRecord budget) {
            allocated = allocated.plus(allocation.amount());
            committed = committed.plus(budget.committedFrom(allocation.allocationId()));
            spent = spent.plus(budget.spentFrom(allocation.allocationId()));
            families = 1;
        }

        void add(Sum family) {
            allocated = allocated.plus(family.allocated);
            committed = committed.plus(family.committed);
            spent = spent.plus(family.spent);
            families += family.families;
        }

        Amounts amounts() {
            return new Amounts(
                    allocated.inPounds(),
                    committed.inPounds(),
                    spent.inPounds(),
                    allocated.minus(committed).inPounds());
        }
    }
}
