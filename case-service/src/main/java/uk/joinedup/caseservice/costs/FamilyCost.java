package uk.joinedup.caseservice.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.joinedup.caseservice.costs.CostOfFacts.CostedFact;
import uk.joinedup.caseservice.costs.CostOfFacts.Spent;
import uk.joinedup.caseservice.costs.FamilyCostView.AgencyCost;
import uk.joinedup.caseservice.costs.FamilyCostView.YearCost;

/**
 * Works out a family's cost and support in each of the last financial years from its facts, its case's dates and
 * its budget's spend, by {@link CostOfFacts}: a pure function.
 */
final class FamilyCost {

    private FamilyCost() {}

    /**
     * @param facts the facts of the family's members that the viewer may see
     * @param caseOpenedOn when the case opened, or null if it never did
     * @param caseClosedOn when it closed, or null while it is open
     * @param spent what the family budget spent
     * @param today the last day counted
     */
    static FamilyCostView of(
            List<CostedFact> facts,
            LocalDate caseOpenedOn,
            LocalDate caseClosedOn,
            List<Spent> spent,
            LocalDate today,
            CostsProperties costs) {
        List<FinancialYear> years = new ArrayList<>();
        FinancialYear year = FinancialYear.of(today);
        for (int i = 0; i < costs.years(); i++) {
            years.add(0, year);
            year = year.previous();
        }
        List<List<AgencyCost>> byYear =
                CostOfFacts.over(years.stream().map(FinancialYear::span).toList(), facts, today, costs);

        List<YearCost> shownYears = new ArrayList<>();
        for (int index = 0; index < years.size(); index++) {
            Span shown = years.get(index).span();
            BigDecimal budgetSpend = CostOfFacts.spentIn(shown, spent, today);
            BigDecimal keyworkerTime = CostOfFacts.keyworkerTimeIn(shown, caseOpenedOn, caseClosedOn, today, costs);
            List<AgencyCost> agencies = byYear.get(index);
            shownYears.add(new YearCost(
                    years.get(index).name(),
                    shown.firstDay(),
                    shown.lastDay(),
                    agencies,
                    CostOfFacts.total(agencies),
                    budgetSpend,
                    keyworkerTime,
                    budgetSpend.add(keyworkerTime)));
        }
        return new FamilyCostView(
                shownYears,
                costs.unitCosts(),
                costs.keyworkerHourlyRate(),
                costs.keyworkerHoursPerWeek(),
                costs.rateSource());
    }
}
