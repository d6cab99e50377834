package uk.joinedup.caseservice.views.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.budget.api.FundingSource;
import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.budget.record.BudgetRecord;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Allocation;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Cancellation;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Commitment;
import uk.joinedup.caseservice.budget.record.BudgetRecord.Spend;
import uk.joinedup.caseservice.views.casefile.SpendBySource.Amounts;
import uk.joinedup.caseservice.views.casefile.SpendBySource.FamilyBudget;
import uk.joinedup.caseservice.views.casefile.SpendBySource.FamilySpend;
import uk.joinedup.caseservice.views.casefile.SpendBySource.SourceSpend;

class SpendBySourceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void sumsEachFamilysAllocationsBySourceAndEverySourceAcrossTheFamilies() {
        BudgetRecord walker = budget(
                "walker",
                List.of(
                        allocation("a1", FundingSource.TROUBLED_FAMILIES_GRANT, 1000),
                        allocation("a2", FundingSource.TROUBLED_FAMILIES_GRANT, 500),
                        allocation("a3", FundingSource.SUPPORTING_PEOPLE, 200)),
                List.of(
                        commitment("c1", "a1", 600, List.of(250), false),
                        commitment("c2", "a2", 100, List.of(), true),
                        commitment("c3", "a3", 200, List.of(200), false)));
        BudgetRecord ahmed = budget(
                "ahmed",
                List.of(allocation("b1", FundingSource.TROUBLED_FAMILIES_GRANT, 300)),
                List.of(commitment("d1", "b1", 50, List.of(20, 5), false)));

        SpendBySource spend = SpendBySource.of(List.of(
                new FamilyBudget("walker", "Walker family", walker), new FamilyBudget("ahmed", "Ahmed family", ahmed)));

        assertThat(spend.families())
                .containsExactly(
                        new FamilySpend(
                                "ahmed",
                                "Ahmed family",
                                FundingSource.TROUBLED_FAMILIES_GRANT,
                                amounts(300, 50, 25, 250)),
                        new FamilySpend(
                                "walker",
                                "Walker family",
                                FundingSource.TROUBLED_FAMILIES_GRANT,
                                amounts(1500, 600, 250, 900)),
                        new FamilySpend(
                                "walker", "Walker family", FundingSource.SUPPORTING_PEOPLE, amounts(200, 200, 200, 0)));
        assertThat(spend.sources())
                .containsExactly(
                        new SourceSpend(FundingSource.TROUBLED_FAMILIES_GRANT, 2, amounts(1800, 650, 275, 1150)),
                        new SourceSpend(FundingSource.SUPPORTING_PEOPLE, 1, amounts(200, 200, 200, 0)));
        assertThat(spend.total()).isEqualTo(amounts(2000, 850, 475, 1150));
    }

    @Test
    void noBudgetsAddUpToNothing() {
        SpendBySource spend = SpendBySource.of(List.of());

        assertThat(spend.sources()).isEmpty();
        assertThat(spend.families()).isEmpty();
        assertThat(spend.total()).isEqualTo(amounts(0, 0, 0, 0));
    }

    private static Amounts amounts(long allocated, long committed, long spent, long left) {
        return new Amounts(pounds(allocated), pounds(committed), pounds(spent), pounds(left));
    }

    private static BigDecimal pounds(long pounds) {
        return new Money(pounds * 100).inPounds();
    }

    private static BudgetRecord budget(String familyId, List<Allocation> allocations, List<Commitment> commitments) {
        return new BudgetRecord(
                "budget:" + familyId,
                familyId,
                allocations.stream().collect(Collectors.toMap(Allocation::allocationId, a -> a)),
                commitments.stream().collect(Collectors.toMap(Commitment::commitmentId, c -> c)),
                9);
    }

    private static Allocation allocation(String id, FundingSource source, long pounds) {
        return new Allocation(id, source, new Money(pounds * 100), DAY, DAY.plusYears(1), "Mo Ahmed", DAY);
    }

    private static Commitment commitment(
            String id, String allocationId, long pounds, List<Integer> spends, boolean cancelled) {
        List<Spend> spent = spends.stream()
                .map(amount -> new Spend(id + amount, new Money(amount * 100L), DAY, "Sam Patel"))
                .toList();
        Money spentTotal =
                new Money(spends.stream().mapToLong(amount -> amount * 100L).sum());
        return new Commitment(
                id,
                allocationId,
                "Provider",
                "Purpose",
                "g1",
                new Money(pounds * 100),
                DAY,
                "Sam Patel",
                Instant.parse("2026-10-01T09:00:00Z"),
                spent,
                cancelled
                        ? new Cancellation("Not needed", DAY, new Money(pounds * 100).minus(spentTotal), "Sam Patel")
                        : null);
    }
}
