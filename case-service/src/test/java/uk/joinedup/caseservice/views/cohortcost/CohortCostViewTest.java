package uk.joinedup.caseservice.views.cohortcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.costs.BeforeAndAfter;
import uk.joinedup.caseservice.costs.CostsProperties;
import uk.joinedup.caseservice.costs.FamilyCostView.AgencyCost;
import uk.joinedup.caseservice.costs.Support;
import uk.joinedup.caseservice.costs.YearsAroundOpening;
import uk.joinedup.caseservice.views.cohortcost.CohortCostView.AgencyBeforeAndAfter;
import uk.joinedup.caseservice.views.cohortcost.CohortCostView.Compared;
import uk.joinedup.caseservice.views.cohortcost.CohortCostView.FamilyBeforeAndAfter;

/** A cohort's cost added up from its families', by agency, with their support and what was withheld. */
class CohortCostViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final CostsProperties COSTS =
            new CostsProperties(List.of(), new BigDecimal("35"), new BigDecimal("3"), "Illustrative", 3);

    @Test
    void addsUpEachAgencysCostBeforeAndAfterAndTheSupportAfter() {
        Compared walker = compared(
                "f1",
                "Walker family",
                List.of(cost("Police", "1400"), cost("School", "250")),
                List.of(cost("Police", "700")),
                false,
                new Support(new BigDecimal("120.50"), new BigDecimal("5475.00")));
        Compared amos = compared(
                "f2",
                "Amos family",
                List.of(cost("Council children's services", "30000")),
                List.of(cost("Council children's services", "3000"), cost("Police", "900")),
                true,
                new Support(BigDecimal.ZERO, new BigDecimal("1000.00")));

        CohortCostView cohort = CohortCostView.of(List.of(walker, amos), 2, TODAY, COSTS);

        assertThat(cohort.familiesCompared()).isEqualTo(2);
        assertThat(cohort.familiesTooRecent()).isEqualTo(2);
        assertThat(cohort.familiesWithFactsWithheld()).isEqualTo(1);
        assertThat(cohort.byAgency())
                .extracting(AgencyBeforeAndAfter::bearer)
                .containsExactly("Council children's services", "Police", "School");
        AgencyBeforeAndAfter police = cohort.byAgency().get(1);
        assertThat(police.before()).isEqualByComparingTo("1400");
        assertThat(police.after()).isEqualByComparingTo("1600");
        assertThat(police.change()).isEqualByComparingTo("200");
        assertThat(cohort.byAgency().get(2).after()).as("nothing after").isEqualByComparingTo("0");
        assertThat(cohort.before()).isEqualByComparingTo("31650");
        assertThat(cohort.after()).isEqualByComparingTo("4600");
        assertThat(cohort.change()).isEqualByComparingTo("-27050");
        assertThat(cohort.budgetSpendAfter()).isEqualByComparingTo("120.50");
        assertThat(cohort.keyworkerTimeAfter()).isEqualByComparingTo("6475");
        assertThat(cohort.supportAfter()).isEqualByComparingTo("6595.50");
        assertThat(cohort.families())
                .extracting(FamilyBeforeAndAfter::familyName)
                .as("by name")
                .containsExactly("Amos family", "Walker family");
        assertThat(cohort.families().get(1).support()).isEqualByComparingTo("5595.50");
        assertThat(cohort.rateSource()).isEqualTo("Illustrative");
    }

    @Test
    void aCohortOfFamiliesAllTooRecentComparesNothing() {
        CohortCostView cohort = CohortCostView.of(List.of(), 3, TODAY, COSTS);

        assertThat(cohort.familiesCompared()).isZero();
        assertThat(cohort.familiesTooRecent()).isEqualTo(3);
        assertThat(cohort.byAgency()).isEmpty();
        assertThat(cohort.before()).isZero();
        assertThat(cohort.after()).isZero();
        assertThat(cohort.supportAfter()).isZero();
    }

    private static Compared compared(
            String id,
            String name,
            List<AgencyCost> before,
            List<AgencyCost> after,
            boolean withheld,
            Support support) {
        BeforeAndAfter cost = new BeforeAndAfter(new YearsAroundOpening(TODAY.minusDays(500)), before, after);
        return new Compared(id, name, new CohortFamily(cost, withheld), support);
    }

    private static AgencyCost cost(String bearer, String amount) {
        return new AgencyCost(bearer, new BigDecimal(amount), List.of());
    }
}
