package uk.joinedup.caseservice.views.cohortcost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.costs.BeforeAndAfter;
import uk.joinedup.caseservice.costs.CostsProperties;
import uk.joinedup.caseservice.costs.FamilyCostView.AgencyCost;
import uk.joinedup.caseservice.costs.Support;
import uk.joinedup.caseservice.costs.UnitCost;

/**
 * What the families of a team manager's cases cost the public purse in the twelve months before each case opened
 * and the twelve months after, by the agency that bore it, beside the support given in the year after: estimates
 * from the unit costs shown, counting only the facts the manager may see for measuring outcomes. Amounts in pounds
 * with two places; a change is after less before, negative when the cost fell.
 *
 * @param today the day it was worked out on
 * @param familiesCompared families whose case opened at least a year before today, which the figures are of
 * @param familiesTooRecent families whose case opened less than a year ago: counted, not compared
 * @param familiesWithFactsWithheld compared families with facts the manager may not see, which are not counted
 * @param byAgency each agency's cost before and after, the largest before first
 * @param supportAfter the budgets' spend and the keyworkers' time together
 * @param families a row per family compared, by name
 * @param unitCosts the unit-cost table used, with each figure's source
 * @param rateSource where the keyworkers' rate and hours come from
 */
public record CohortCostView(
        LocalDate today,
        int familiesCompared,
        int familiesTooRecent,
        int familiesWithFactsWithheld,
        List<AgencyBeforeAndAfter> byAgency,
        BigDecimal before,
        BigDecimal after,
        BigDecimal change,
        BigDecimal budgetSpendAfter,
        BigDecimal keyworkerTimeAfter,
        BigDecimal supportAfter,
        List<FamilyBeforeAndAfter> families,
        List<UnitCost> unitCosts,
        BigDecimal keyworkerHourlyRate,
        BigDecimal keyworkerHoursPerWeek,
        String rateSource) {

    /** Where each bearer's sums keep the year before and the year after. */
    private static final int BEFORE = 0;

    private static final int AFTER = 1;

    /** What one agency bore in the years before and after. */
    public record AgencyBeforeAndAfter(String bearer, BigDecimal before, BigDecimal after, BigDecimal change) {}

    /**
     * One family compared.
     *
     * @param support in the year after
     */
    public record FamilyBeforeAndAfter(
            String familyId,
            String familyName,
            LocalDate openedOn,
            BigDecimal before,
            BigDecimal after,
            BigDecimal support) {}

    /** A family compared: its cost either side of its opening and its support in the year after. */
    record Compared(String familyId, String familyName, CohortFamily seen, Support support) {}

    /** Adds up the families compared. */
    static CohortCostView of(List<Compared> compared, int tooRecent, LocalDate today, CostsProperties costs) {
        Map<String, BigDecimal[]> byBearer = new LinkedHashMap<>();
        BigDecimal budgetSpend = BigDecimal.ZERO;
        BigDecimal keyworkerTime = BigDecimal.ZERO;
        int withheld = 0;
        List<FamilyBeforeAndAfter> families = new ArrayList<>();
        for (Compared family : compared) {
            BeforeAndAfter cost = family.seen().cost();
            add(byBearer, cost.before(), BEFORE);
            add(byBearer, cost.after(), AFTER);
            budgetSpend = budgetSpend.add(family.support().budgetSpend());
            keyworkerTime = keyworkerTime.add(family.support().keyworkerTime());
            withheld += family.seen().factsWithheld() ? 1 : 0;
            families.add(new FamilyBeforeAndAfter(
                    family.familyId(),
                    family.familyName(),
                    cost.years().openedOn(),
                    cost.totalBefore(),
                    cost.totalAfter(),
                    family.support().total()));
        }
        families.sort(
                Comparator.comparing(FamilyBeforeAndAfter::familyName).thenComparing(FamilyBeforeAndAfter::familyId));
        List<AgencyBeforeAndAfter> agencies = new ArrayList<>();
        byBearer.forEach((bearer, sums) -> agencies.add(
                new AgencyBeforeAndAfter(bearer, sums[BEFORE], sums[AFTER], sums[AFTER].subtract(sums[BEFORE]))));
        agencies.sort(Comparator.comparing(AgencyBeforeAndAfter::before)
                .reversed()
                .thenComparing(Comparator.comparing(AgencyBeforeAndAfter::after).reversed())
                .thenComparing(AgencyBeforeAndAfter::bearer));
        BigDecimal before =
                pence(agencies.stream().map(AgencyBeforeAndAfter::before).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal after =
                pence(agencies.stream().map(AgencyBeforeAndAfter::after).reduce(BigDecimal.ZERO, BigDecimal::add));
        return new CohortCostView(
                today,
                compared.size(),
                tooRecent,
                withheld,
                agencies,
                before,
                after,
                after.subtract(before),
                pence(budgetSpend),
                pence(keyworkerTime),
                pence(budgetSpend.add(keyworkerTime)),
                families,
                costs.unitCosts(),
                costs.keyworkerHourlyRate(),
                costs.keyworkerHoursPerWeek(),
                costs.rateSource());
    }

    private static void add(Map<String, BigDecimal[]> byBearer, List<AgencyCost> costs, int year) {
        for (AgencyCost cost : costs) {
            BigDecimal[] sums = byBearer.computeIfAbsent(
                    cost.bearer(), any -> new BigDecimal[] {pence(BigDecimal.ZERO), pence(BigDecimal.ZERO)});
            sums[year] = sums[year].add(cost.amount());
        }
    }

    private static BigDecimal pence(BigDecimal pounds) {
        return pounds.setScale(2, RoundingMode.HALF_UP);
    }
}
