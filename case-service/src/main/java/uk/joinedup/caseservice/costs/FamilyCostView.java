package uk.joinedup.caseservice.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a family cost the public purse in each of the last financial years, by the agency that bore it, next to
 * what was spent on supporting it: estimates from the unit costs shown, counting only the facts the viewer may see.
 * Amounts in pounds with two places.
 *
 * @param years oldest first, the current financial year last
 * @param unitCosts the unit-cost table used, with each figure's source
 * @param keyworkerHourlyRate the rate keyworkers' time is costed at
 * @param keyworkerHoursPerWeek the hours a week an open case is costed at
 * @param rateSource where those two come from
 */
public record FamilyCostView(
        List<YearCost> years,
        List<UnitCost> unitCosts,
        BigDecimal keyworkerHourlyRate,
        BigDecimal keyworkerHoursPerWeek,
        String rateSource) {

    /**
     * One financial year.
     *
     * @param byAgency each agency's costs, the largest first
     * @param publicCost all agencies' together
     * @param budgetSpend what the family budget spent in the year
     * @param keyworkerTime the keyworkers' time while the case was open in the year
     * @param support the budget's spend and the keyworkers' time together
     */
    public record YearCost(
            String year,
            LocalDate firstDay,
            LocalDate lastDay,
            List<AgencyCost> byAgency,
            BigDecimal publicCost,
            BigDecimal budgetSpend,
            BigDecimal keyworkerTime,
            BigDecimal support) {}

    /** What one agency bore in a year, line by line. */
    public record AgencyCost(String bearer, BigDecimal amount, List<CostLine> lines) {}

    /**
     * A line of an agency's cost: so many of one unit at its cost.
     *
     * @param quantity how many facts, days or weeks
     */
    public record CostLine(
            String description, BigDecimal quantity, UnitCost.Per per, BigDecimal unitCost, BigDecimal amount) {}
}
