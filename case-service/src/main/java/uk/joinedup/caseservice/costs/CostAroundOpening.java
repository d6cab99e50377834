package uk.joinedup.caseservice.costs;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.costs.CostOfFacts.CostedFact;
import uk.joinedup.caseservice.costs.CostOfFacts.Spent;
import uk.joinedup.caseservice.costs.FamilyCostView.AgencyCost;

/**
 * Works out, by {@link CostOfFacts}, what a family cost in the year before its case opened and the year after, and
 * the support it was given in the year after: a pure function, for a manager's cohort.
 */
final class CostAroundOpening {

    private CostAroundOpening() {}

    /**
     * @param facts the facts of the family's members that the viewer may see
     * @param today the last day counted
     */
    static BeforeAndAfter of(List<CostedFact> facts, LocalDate openedOn, LocalDate today, CostsProperties costs) {
        YearsAroundOpening years = new YearsAroundOpening(openedOn);
        List<List<AgencyCost>> bySpan = CostOfFacts.over(List.of(years.before(), years.after()), facts, today, costs);
        return new BeforeAndAfter(years, bySpan.get(0), bySpan.get(1));
    }

    /**
     * The budget's spend and the keyworkers' time in the year after the case opened.
     *
     * @param closedOn when the case closed, or null while it is open
     */
    static Support supportAfter(
            LocalDate openedOn, LocalDate closedOn, List<Spent> spent, LocalDate today, CostsProperties costs) {
        Span after = new YearsAroundOpening(openedOn).after();
        return new Support(
                CostOfFacts.spentIn(after, spent, today),
                CostOfFacts.keyworkerTimeIn(after, openedOn, closedOn, today, costs));
    }
}
