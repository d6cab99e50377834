package uk.joinedup.webui.caseservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the families of a team manager's cases cost the public purse in the twelve months before each case opened
 * and the twelve months after, by the agency that bore it, beside the support given in the year after: estimates
 * from the unit costs shown, counting only the facts the manager may see for measuring outcomes. Amounts are pounds
 * with two places; a change is after less before, negative when the cost fell.
 *
 * @param today the day it was worked out on
 * @param familiesCompared families whose case opened at least a year ago, which the figures are of
 * @param familiesTooRecent families whose case opened less than a year ago: counted, not compared
 * @param familiesWithFactsWithheld compared families with facts the manager may not see, which are not counted
 * @param byAgency each agency's cost before and after, the largest before first
 * @param supportAfter the budgets' spend and the keyworkers' time in the years after, together
 * @param families a row per family compared, by name
 * @param unitCosts the unit-cost table used, each figure with its source
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
        List<FamilyCostView.UnitCost> unitCosts,
        BigDecimal keyworkerHourlyRate,
        BigDecimal keyworkerHoursPerWeek,
        String rateSource) {

    public CohortCostView {
        byAgency = byAgency == null ? List.of() : byAgency;
        families = families == null ? List.of() : families;
        unitCosts = unitCosts == null ? List.of() : unitCosts;
    }

    /** No family of the manager's cases opened long enough ago to compare. */
    public boolean nothingToCompare() {
        return familiesCompared == 0;
    }

    /** What one agency bore in the years before the cases opened and after. */
    public record AgencyBeforeAndAfter(String bearer, BigDecimal before, BigDecimal after, BigDecimal change) {}

    /**
     * One family compared.
     *
     * @param support what was spent on supporting it in the year after its case opened
     */
    public record FamilyBeforeAndAfter(
            String familyId,
            String familyName,
            LocalDate openedOn,
            BigDecimal before,
            BigDecimal after,
            BigDecimal support) {}
}
