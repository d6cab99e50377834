package uk.joinedup.caseservice.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.costs.CostOfFacts.CostedFact;
import uk.joinedup.caseservice.costs.CostOfFacts.Spent;
import uk.joinedup.caseservice.costs.FamilyCostView.AgencyCost;

/** A family's cost in the year before its case opened and the year after, by the family page's unit-cost rules. */
class CostAroundOpeningTest {

    private static final LocalDate OPENED = LocalDate.of(2025, 6, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static final UnitCost ASB = new UnitCost(
            "AntiSocialBehaviourReported", Map.of(), null, null, new BigDecimal("700"), "Police", "An incident", "x");
    private static final UnitCost IN_CARE = new UnitCost(
            "BecameLookedAfter",
            Map.of(),
            UnitCost.Per.DAY,
            "LeftCare",
            new BigDecimal("300"),
            "Council children's services",
            "A day in care",
            "seed 003");
    private static final CostsProperties COSTS =
            new CostsProperties(List.of(ASB, IN_CARE), new BigDecimal("35"), new BigDecimal("2"), "Illustrative", 3);

    @Test
    void theYearsAroundOpeningAre365DaysEitherSideOfTheOpeningDay() {
        YearsAroundOpening years = new YearsAroundOpening(OPENED);

        assertThat(years.before()).isEqualTo(new Span(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 31)));
        assertThat(years.after()).isEqualTo(new Span(OPENED, LocalDate.of(2026, 5, 31)));
    }

    @Test
    void anOccurrenceOnTheDayBeforeOpeningCountsBeforeAndOnTheOpeningDayAfter() {
        List<CostedFact> facts = List.of(
                fact("liam", "AntiSocialBehaviourReported", OPENED.minusDays(1)),
                fact("liam", "AntiSocialBehaviourReported", OPENED),
                fact("liam", "AntiSocialBehaviourReported", OPENED),
                fact("liam", "AntiSocialBehaviourReported", OPENED.minusDays(366)),
                fact("liam", "AntiSocialBehaviourReported", OPENED.plusDays(365)));

        BeforeAndAfter cost = CostAroundOpening.of(facts, OPENED, TODAY, COSTS);

        assertThat(cost.totalBefore())
                .as("the day before; not a year and a day before")
                .isEqualByComparingTo("700");
        assertThat(cost.totalAfter()).as("twice on the day; not a year after").isEqualByComparingTo("1400");
        assertThat(cost.after()).extracting(AgencyCost::bearer).containsExactly("Police");
    }

    @Test
    void aSpellInCareCrossingTheOpeningDaySplitsBetweenTheYears() {
        List<CostedFact> facts = List.of(
                fact("chloe", "BecameLookedAfter", OPENED.minusDays(10)),
                fact("chloe", "LeftCare", OPENED.plusDays(5)));

        BeforeAndAfter cost = CostAroundOpening.of(facts, OPENED, TODAY, COSTS);

        assertThat(cost.totalBefore()).as("10 days before it opened").isEqualByComparingTo("3000");
        assertThat(cost.totalAfter())
                .as("the opening day and 4 more, not the day she left")
                .isEqualByComparingTo("1500");
    }

    @Test
    void aSpellNothingEndedIsClippedToEachYear() {
        BeforeAndAfter cost = CostAroundOpening.of(
                List.of(fact("chloe", "BecameLookedAfter", OPENED.minusDays(400))), OPENED, TODAY, COSTS);

        assertThat(cost.totalBefore()).isEqualByComparingTo(new BigDecimal(300 * 365));
        assertThat(cost.totalAfter()).isEqualByComparingTo(new BigDecimal(300 * 365));
    }

    @Test
    void aFamilyOpenedLessThanAYearAgoIsTooRecentToCompare() {
        assertThat(new YearsAroundOpening(TODAY.minusDays(364)).comparableOn(TODAY))
                .as("its year after ends today")
                .isFalse();
        assertThat(new YearsAroundOpening(TODAY.minusDays(365)).comparableOn(TODAY))
                .as("its year after ended yesterday")
                .isTrue();
    }

    @Test
    void supportIsTheBudgetsSpendAndTheKeyworkersTimeInTheYearAfter() {
        List<Spent> spent = List.of(
                new Spent(OPENED.minusDays(1), new BigDecimal("99")),
                new Spent(OPENED, new BigDecimal("100")),
                new Spent(OPENED.plusDays(364), new BigDecimal("20.50")),
                new Spent(OPENED.plusDays(365), new BigDecimal("99")));

        Support open = CostAroundOpening.supportAfter(OPENED, null, spent, TODAY, COSTS);
        Support closed = CostAroundOpening.supportAfter(OPENED, OPENED.plusDays(6), List.of(), TODAY, COSTS);

        assertThat(open.budgetSpend()).isEqualByComparingTo("120.50");
        assertThat(open.keyworkerTime())
                .as("365 days at 2 hours a week and £35")
                .isEqualByComparingTo("3650");
        assertThat(open.total()).isEqualByComparingTo("3770.50");
        assertThat(closed.keyworkerTime()).as("a week open").isEqualByComparingTo("70");
    }

    private static CostedFact fact(String person, String kind, LocalDate on) {
        return new CostedFact(person, kind, on, Map.of());
    }
}
