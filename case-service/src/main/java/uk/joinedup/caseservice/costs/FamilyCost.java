package uk.joinedup.caseservice.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.joinedup.caseservice.costs.FamilyCostView.AgencyCost;
import uk.joinedup.caseservice.costs.FamilyCostView.CostLine;
import uk.joinedup.caseservice.costs.FamilyCostView.YearCost;

/** Works out a family's cost and support from its facts, its case's dates and its budget's spend: a pure function. */
final class FamilyCost {

    private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(7);

    private FamilyCost() {}

    /**
     * A fact of a member, as the unit costs read it.
     *
     * @param properties the fact's properties as text, by name
     */
    record CostedFact(String personId, String kind, LocalDate on, Map<String, String> properties) {}

    /** Money the family budget spent, on a day. */
    record Spent(LocalDate on, BigDecimal pounds) {}

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
        Map<FinancialYear, Lines> byYear = new LinkedHashMap<>();
        years.forEach(shown -> byYear.put(shown, new Lines()));

        List<CostedFact> inOrder = facts.stream()
                .filter(fact -> !fact.on().isAfter(today))
                .sorted(Comparator.comparing(CostedFact::on))
                .toList();
        for (CostedFact fact : inOrder) {
            firstRow(costs, fact, true).ifPresent(unit -> {
                Lines lines = byYear.get(FinancialYear.of(fact.on()));
                if (lines != null) {
                    lines.add(unit, BigDecimal.ONE, unit.pounds());
                }
            });
            firstRow(costs, fact, false).ifPresent(unit -> {
                LocalDate lastDay =
                        endOf(fact, unit, inOrder).map(end -> end.minusDays(1)).orElse(today);
                byYear.forEach((shown, lines) -> {
                    long days = shown.daysOf(fact.on(), lastDay);
                    if (days > 0) {
                        lines.add(unit, quantity(unit, days), unit.pounds().multiply(quantity(unit, days)));
                    }
                });
            });
        }

        List<YearCost> shownYears = new ArrayList<>();
        byYear.forEach((shown, lines) -> {
            BigDecimal budgetSpend = pence(spent.stream()
                    .filter(spend -> shown.contains(spend.on()) && !spend.on().isAfter(today))
                    .map(Spent::pounds)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            BigDecimal keyworkerTime = keyworkerTime(shown, caseOpenedOn, caseClosedOn, today, costs);
            List<AgencyCost> agencies = lines.byAgency();
            BigDecimal publicCost =
                    pence(agencies.stream().map(AgencyCost::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            shownYears.add(new YearCost(
                    shown.name(),
                    shown.firstDay(),
                    shown.lastDay(),
                    agencies,
                    publicCost,
                    budgetSpend,
                    keyworkerTime,
                    budgetSpend.add(keyworkerTime)));
        });
        return new FamilyCostView(
                shownYears,
                costs.unitCosts(),
                costs.keyworkerHourlyRate(),
                costs.keyworkerHoursPerWeek(),
                costs.rateSource());
    }

    /** The first row that costs the fact per occurrence, or the first that costs it per day or week. */
    private static Optional<UnitCost> firstRow(CostsProperties costs, CostedFact fact, boolean perOccurrence) {
        return costs.unitCosts().stream()
                .filter(unit -> (unit.per() == UnitCost.Per.OCCURRENCE) == perOccurrence)
                .filter(unit -> unit.costs(fact.kind(), fact.properties()))
                .findFirst();
    }

    /** So many days as the unit counts them: days, or weeks to two places. */
    private static BigDecimal quantity(UnitCost unit, long days) {
        return unit.per() == UnitCost.Per.DAY
                ? BigDecimal.valueOf(days)
                : BigDecimal.valueOf(days).divide(DAYS_A_WEEK, 2, RoundingMode.HALF_UP);
    }

    /** The day of the first later fact of the same person that ends the cost the fact began. */
    private static Optional<LocalDate> endOf(CostedFact start, UnitCost unit, List<CostedFact> inOrder) {
        return inOrder.stream()
                .filter(fact -> fact.personId().equals(start.personId()))
                .filter(fact -> !fact.on().isBefore(start.on()) && fact != start)
                .filter(fact -> unit.endedBy(fact.kind(), fact.properties()))
                .map(CostedFact::on)
                .findFirst();
    }

    private static BigDecimal keyworkerTime(
            FinancialYear year, LocalDate openedOn, LocalDate closedOn, LocalDate today, CostsProperties costs) {
        if (openedOn == null) {
            return pence(BigDecimal.ZERO);
        }
        long days = year.daysOf(openedOn, closedOn != null ? closedOn : today);
        return costs.keyworkerHourlyRate()
                .multiply(costs.keyworkerHoursPerWeek())
                .multiply(BigDecimal.valueOf(days))
                .divide(DAYS_A_WEEK, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal pence(BigDecimal pounds) {
        return pounds.setScale(2, RoundingMode.HALF_UP);
    }

    /** The lines of one year, by agency and unit cost. */
    private static final class Lines {

        private final Map<String, Map<UnitCost, BigDecimal[]>> byBearer = new LinkedHashMap<>();

        void add(UnitCost unit, BigDecimal quantity, BigDecimal amount) {
            BigDecimal[] sum = byBearer.computeIfAbsent(unit.bearer(), any -> new LinkedHashMap<>())
                    .computeIfAbsent(unit, any -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(quantity);
            sum[1] = sum[1].add(amount);
        }

        List<AgencyCost> byAgency() {
            List<AgencyCost> agencies = new ArrayList<>();
            byBearer.forEach((bearer, units) -> {
                List<CostLine> lines = new ArrayList<>();
                units.forEach((unit, sum) ->
                        lines.add(new CostLine(unit.description(), sum[0], unit.per(), unit.pounds(), pence(sum[1]))));
                BigDecimal amount =
                        pence(lines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
                agencies.add(new AgencyCost(bearer, amount, lines));
            });
            agencies.sort(Comparator.comparing(AgencyCost::amount).reversed().thenComparing(AgencyCost::bearer));
            return agencies;
        }
    }
}
