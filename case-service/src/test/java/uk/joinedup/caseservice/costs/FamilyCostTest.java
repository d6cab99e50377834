package uk.joinedup.caseservice.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.costs.CostOfFacts.CostedFact;
import uk.joinedup.caseservice.costs.CostOfFacts.Spent;
import uk.joinedup.caseservice.costs.FamilyCostView.AgencyCost;
import uk.joinedup.caseservice.costs.FamilyCostView.CostLine;
import uk.joinedup.caseservice.costs.FamilyCostView.YearCost;

class FamilyCostTest {

    /** In the financial year 2026-27, which began on 1 April 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static final UnitCost EXCLUSION = new UnitCost(
            "ExcludedFromSchool", Map.of(), null, null, new BigDecimal("250"), "School", "A fixed-term exclusion", "x");
    private static final UnitCost PERMANENT = new UnitCost(
            "ExcludedFromSchool",
            Map.of("exclusion", "PERMANENT"),
            UnitCost.Per.OCCURRENCE,
            null,
            new BigDecimal("12000"),
            "Council education",
            "A permanent exclusion",
            "x");
    private static final UnitCost ASB = new UnitCost(
            "AntiSocialBehaviourReported",
            Map.of(),
            null,
            null,
            new BigDecimal("700"),
            "Police",
            "An ASB incident",
            "x");
    private static final UnitCost IN_CARE = new UnitCost(
            "BecameLookedAfter",
            Map.of(),
            UnitCost.Per.DAY,
            "LeftCare",
            new BigDecimal("300"),
            "Council children's services",
            "A day in care",
            "seed 003");
    private static final UnitCost JSA = new UnitCost(
            "BenefitClaimStarted",
            Map.of("benefit", "JOBSEEKERS_ALLOWANCE"),
            UnitCost.Per.WEEK,
            "BenefitClaimEnded",
            new BigDecimal("70"),
            "Department for Work and Pensions",
            "A week of Jobseeker's Allowance",
            "GOV.UK");
    private static final CostsProperties COSTS = new CostsProperties(
            List.of(PERMANENT, EXCLUSION, ASB, IN_CARE, JSA),
            new BigDecimal("35"),
            new BigDecimal("2"),
            "Illustrative",
            3);

    @Test
    void eachFactIsCostedInItsFinancialYearByTheAgencyThatBoreIt() {
        FamilyCostView cost = FamilyCost.of(
                List.of(
                        fact("liam", "ExcludedFromSchool", "2026-05-01", Map.of("exclusion", "FIXED_TERM")),
                        fact("liam", "ExcludedFromSchool", "2026-06-01", Map.of("exclusion", "FIXED_TERM")),
                        fact("liam", "ExcludedFromSchool", "2026-03-31", Map.of("exclusion", "PERMANENT")),
                        fact("liam", "AntiSocialBehaviourReported", "2026-04-01", Map.of()),
                        fact("liam", "CaseNoteWritten", "2026-04-02", Map.of()),
                        fact("liam", "AntiSocialBehaviourReported", "2023-04-01", Map.of()),
                        fact("liam", "AntiSocialBehaviourReported", "2026-12-04", Map.of())),
                null,
                null,
                List.of(),
                TODAY,
                COSTS);

        assertThat(cost.years()).extracting(YearCost::year).containsExactly("2024-25", "2025-26", "2026-27");
        YearCost now = cost.years().get(2);
        assertThat(now.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(now.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(now.byAgency())
                .containsExactly(
                        new AgencyCost(
                                "Police",
                                pounds("700.00"),
                                List.of(new CostLine(
                                        "An ASB incident",
                                        BigDecimal.ONE,
                                        UnitCost.Per.OCCURRENCE,
                                        pounds("700"),
                                        pounds("700.00")))),
                        new AgencyCost(
                                "School",
                                pounds("500.00"),
                                List.of(new CostLine(
                                        "A fixed-term exclusion",
                                        BigDecimal.valueOf(2),
                                        UnitCost.Per.OCCURRENCE,
                                        pounds("250"),
                                        pounds("500.00")))));
        assertThat(now.publicCost()).isEqualByComparingTo("1200");
        YearCost last = cost.years().get(1);
        assertThat(last.byAgency()).extracting(AgencyCost::bearer).containsExactly("Council education");
        assertThat(last.publicCost())
                .as("a permanent exclusion, by its own row")
                .isEqualByComparingTo("12000");
        assertThat(cost.years().get(0).publicCost())
                .as("before the years shown, and tomorrow, not counted")
                .isZero();
        assertThat(cost.unitCosts()).containsExactly(PERMANENT, EXCLUSION, ASB, IN_CARE, JSA);
    }

    @Test
    void aDailyOrWeeklyCostRunsFromItsFactUntilTheFactThatEndsItOrToday() {
        FamilyCostView cost = FamilyCost.of(
                List.of(
                        // in care from 22 March 2026 to 10 April 2026: 10 days last year, 9 this year
                        fact("chloe", "BecameLookedAfter", "2026-03-22", Map.of()),
                        fact("chloe", "LeftCare", "2026-04-10", Map.of()),
                        // another child's leaving care ends nothing of Chloe's
                        fact("liam", "LeftCare", "2026-03-25", Map.of()),
                        // on JSA from 1 October 2026 and still: 64 days to today, 9.14 weeks as shown, £640 (64 x £70 /
                        // 7)
                        fact("stephen", "BenefitClaimStarted", "2026-10-01", Map.of("benefit", "JOBSEEKERS_ALLOWANCE")),
                        // the end of another benefit's claim ends nothing of JSA's
                        fact("stephen", "BenefitClaimEnded", "2026-11-01", Map.of("benefit", "UNIVERSAL_CREDIT")),
                        fact("karen", "BenefitClaimStarted", "2026-10-01", Map.of("benefit", "UNIVERSAL_CREDIT"))),
                null,
                null,
                List.of(),
                TODAY,
                COSTS);

        YearCost last = cost.years().get(1);
        assertThat(last.byAgency().get(0).lines())
                .containsExactly(new CostLine(
                        "A day in care", BigDecimal.valueOf(10), UnitCost.Per.DAY, pounds("300"), pounds("3000.00")));
        YearCost now = cost.years().get(2);
        assertThat(now.byAgency())
                .extracting(AgencyCost::bearer, AgencyCost::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Council children's services", pounds("2700.00")),
                        org.assertj.core.groups.Tuple.tuple("Department for Work and Pensions", pounds("640.00")));
        assertThat(now.byAgency().get(1).lines().get(0).quantity()).isEqualByComparingTo("9.14");
        assertThat(cost.years().get(0).byAgency())
                .as("no line for a year the costs did not reach")
                .isEmpty();
    }

    @Test
    void aSecondSpellRunsOnEvenWhenAnEarlierOneWasEnded() {
        FamilyCostView cost = FamilyCost.of(
                List.of(
                        fact("chloe", "BecameLookedAfter", "2025-04-01", Map.of()),
                        fact("chloe", "LeftCare", "2025-04-03", Map.of()),
                        fact("chloe", "BecameLookedAfter", "2026-12-01", Map.of())),
                null,
                null,
                List.of(),
                TODAY,
                COSTS);

        assertThat(cost.years().get(1).publicCost()).as("2 days in April 2025").isEqualByComparingTo("600");
        assertThat(cost.years().get(2).publicCost()).as("1 to 3 December 2026").isEqualByComparingTo("900");
    }

    @Test
    void theAgencyThatBoreTheMostComesFirst() {
        FamilyCostView cost = FamilyCost.of(
                List.of(
                        fact("liam", "ExcludedFromSchool", "2026-05-01", Map.of()),
                        fact("liam", "AntiSocialBehaviourReported", "2026-06-01", Map.of())),
                null,
                null,
                List.of(),
                TODAY,
                COSTS);

        assertThat(cost.years().get(2).byAgency())
                .extracting(AgencyCost::bearer)
                .containsExactly("Police", "School");
    }

    @Test
    void supportIsTheBudgetsSpendAndTheKeyworkersTimeWhileTheCaseWasOpen() {
        FamilyCostView open = FamilyCost.of(
                List.of(),
                LocalDate.of(2026, 3, 4),
                null,
                List.of(
                        new Spent(LocalDate.of(2026, 3, 10), new BigDecimal("100")),
                        new Spent(LocalDate.of(2026, 5, 1), new BigDecimal("450.50")),
                        new Spent(LocalDate.of(2026, 12, 4), new BigDecimal("999"))),
                TODAY,
                COSTS);

        YearCost last = open.years().get(1);
        assertThat(last.budgetSpend()).isEqualByComparingTo("100");
        // 4 to 31 March: 28 days, 4 weeks at 2 hours and £35 an hour
        assertThat(last.keyworkerTime()).isEqualByComparingTo("280.00");
        assertThat(last.support()).isEqualByComparingTo("380.00");
        YearCost now = open.years().get(2);
        assertThat(now.budgetSpend()).as("tomorrow's spend not counted").isEqualByComparingTo("450.50");
        // 1 April to 3 December: 247 days
        assertThat(now.keyworkerTime()).isEqualByComparingTo("2470.00");

        FamilyCostView closed =
                FamilyCost.of(List.of(), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 4, 7), List.of(), TODAY, COSTS);
        assertThat(closed.years().get(2).keyworkerTime()).as("1 to 7 April").isEqualByComparingTo("70.00");
        FamilyCostView neverOpened = FamilyCost.of(List.of(), null, null, List.of(), TODAY, COSTS);
        assertThat(neverOpened.years())
                .allSatisfy(year -> assertThat(year.support()).isZero());
        assertThat(neverOpened.keyworkerHourlyRate()).isEqualByComparingTo("35");
        assertThat(neverOpened.keyworkerHoursPerWeek()).isEqualByComparingTo("2");
        assertThat(neverOpened.rateSource()).isEqualTo("Illustrative");
    }

    @Test
    void aWeeklyCostIsCountedByTheDayAndRoundedToPenceOnce() {
        // 10 days at £70 a week: £100 (1.43 weeks at £70 would be £100.10)
        FamilyCostView cost = FamilyCost.of(
                List.of(
                        fact("dean", "BenefitClaimStarted", "2026-06-01", Map.of("benefit", "JOBSEEKERS_ALLOWANCE")),
                        fact("dean", "BenefitClaimEnded", "2026-06-11", Map.of("benefit", "JOBSEEKERS_ALLOWANCE"))),
                null,
                null,
                List.of(),
                TODAY,
                COSTS);

        CostLine weeks = cost.years().get(2).byAgency().get(0).lines().get(0);
        assertThat(weeks.quantity()).as("as shown").isEqualByComparingTo("1.43");
        assertThat(weeks.amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void aDailyCostOfAMemberWhoLeftTheFamilyIsItsOnlyUntilTheyLeft() {
        // Taken into care on 1 November, left the household on 10 November; the fact ending the care is not the
        // family's to see.
        FamilyCostView cost = FamilyCost.of(
                List.of(new CostedFact(
                        "jamie", "BecameLookedAfter", LocalDate.of(2026, 11, 1), Map.of(), LocalDate.of(2026, 11, 10))),
                null,
                null,
                List.of(),
                TODAY,
                COSTS);

        CostLine days = cost.years().get(2).byAgency().get(0).lines().get(0);
        assertThat(days.quantity()).as("1 to 10 November").isEqualByComparingTo("10");
        assertThat(days.amount()).isEqualByComparingTo("3000.00");
    }

    @Test
    void aDailyCostNeedsTheFactThatEndsItAndTheYearsAtLeastOne() {
        assertThatThrownBy(() -> new UnitCost(
                        "BecameLookedAfter", null, UnitCost.Per.DAY, null, BigDecimal.ONE, "Council", "A day", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CostsProperties(List.of(), BigDecimal.ONE, BigDecimal.ONE, "x", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31)).name()).isEqualTo("2026-27");
        assertThat(FinancialYear.of(LocalDate.of(2027, 4, 1)).name()).isEqualTo("2027-28");
        assertThat(FinancialYear.of(LocalDate.of(2099, 4, 1)).name()).isEqualTo("2099-00");
    }

    private static CostedFact fact(String person, String kind, String on, Map<String, String> properties) {
        return new CostedFact(person, kind, LocalDate.parse(on), properties);
    }

    private static BigDecimal pounds(String pounds) {
        return new BigDecimal(pounds);
    }
}
