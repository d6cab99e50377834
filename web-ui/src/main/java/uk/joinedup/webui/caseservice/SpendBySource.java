package uk.joinedup.webui.caseservice;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the family budgets of a team manager's cases were allocated, committed and spent, by funding source
 * and by family; amounts in pounds with two places.
 *
 * @param sources a row per funding source any of the budgets draws on
 * @param families a row per family and funding source, by family name
 * @param total every source together
 */
public record SpendBySource(List<SourceSpend> sources, List<FamilySpend> families, Amounts total) {

    public SpendBySource {
        sources = sources == null ? List.of() : sources;
        families = families == null ? List.of() : families;
        total = total == null ? Amounts.NONE : total;
    }

    /** No budget of the manager's cases has had money allocated. */
    public boolean empty() {
        return sources.isEmpty();
    }

    /**
     * One funding source across the cases.
     *
     * @param families how many families it was allocated to
     */
    public record SourceSpend(FundingSource source, int families, Amounts amounts) {}

    /** One family's allocations from one funding source. */
    public record FamilySpend(String familyId, String familyName, FundingSource source, Amounts amounts) {}

    /**
     * Money allocated, committed and spent.
     *
     * @param committed what commitments hold: each standing one whole, each cancelled one what was spent of it
     * @param left what is left to commit
     */
    public record Amounts(BigDecimal allocated, BigDecimal committed, BigDecimal spent, BigDecimal left) {

        static final Amounts NONE = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
