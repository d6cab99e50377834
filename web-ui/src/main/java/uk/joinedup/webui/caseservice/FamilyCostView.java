package uk.joinedup.webui.caseservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a family cost the public purse in each of the last financial years, by the agency that bore it, beside
 * the support it was given: estimates worked out from the unit costs shown, counting only the facts of its
 * members the user may see. Amounts are pounds with two places.
 *
 * @param years oldest first, the current financial year last
 * @param unitCosts the unit-cost table the estimates use, each figure with its source
 * @param keyworkerHourlyRate what an hour of a keyworker's time is costed at
 * @param keyworkerHoursPerWeek the hours a week an open case is costed at
 * @param rateSource where the rate and the hours come from
 */
public record FamilyCostView(
        List<YearCost> years,
        List<UnitCost> unitCosts,
        BigDecimal keyworkerHourlyRate,
        BigDecimal keyworkerHoursPerWeek,
        String rateSource) {

    public FamilyCostView {
        years = years == null ? List.of() : years;
        unitCosts = unitCosts == null ? List.of() : unitCosts;
    }

    /** The current financial year (the last one), or null if there is none. */
    public YearCost currentYear() {
        return years.isEmpty() ? null : years.get(years.size() - 1);
    }

    /**
     * One financial year.
     *
     * @param year its name, e.g. {@code 2026-27}
     * @param byAgency each agency's cost, the largest first
     * @param publicCost every agency's together
     * @param budgetSpend what the family's budget spent in the year
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
            BigDecimal support) {

        public YearCost {
            byAgency = byAgency == null ? List.of() : byAgency;
        }
    }

    /**
     * What one agency bore in a year, line by line.
     *
     * @param bearer the agency (or kind of service) that bore it, in words
     */
    public record AgencyCost(String bearer, BigDecimal amount, List<CostLine> lines) {

        public AgencyCost {
            lines = lines == null ? List.of() : lines;
        }
    }

    /**
     * A line of an agency's cost: so many of one unit at its cost.
     *
     * @param quantity how many times, days or weeks
     */
    public record CostLine(
            String description, BigDecimal quantity, CostUnit per, BigDecimal unitCost, BigDecimal amount) {}

    /**
     * A row of the unit-cost table.
     *
     * @param fact the kind of fact it costs, e.g. {@code OffenceProven}
     * @param where the values the fact's fields must have for this row, if any (e.g. {@code disposal})
     * @param until for a cost per day or week, the kind of fact that ends it (until today if none is recorded)
     * @param source where the figure comes from: "Illustrative" when it is no published figure
     */
    public record UnitCost(
            String fact,
            Map<String, String> where,
            CostUnit per,
            String until,
            BigDecimal pounds,
            String bearer,
            String description,
            String source) {

        public UnitCost {
            where = where == null ? Map.of() : where;
        }
    }
}
