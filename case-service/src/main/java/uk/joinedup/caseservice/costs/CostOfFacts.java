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

/**
 * The one costing of facts by the unit-cost table, over any spans of days: the family page's financial years and a
 * cohort's years either side of each case opening ({@link CostAroundOpening}) both count through it. A fact costed
 * per occurrence counts in the span it happened in; one costed per day or week runs from its day until the day
 * before the fact that ends it (or to today), and each span counts the days of it that fall inside. A pure function.
 */
final class CostOfFacts {

    private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(7);

    private CostOfFacts() {}

    /**
     * A fact of a member, as the unit costs read it.
     *
     * @param kind the fact's kind, as the catalogue names it
     * @param properties the fact's properties as text, by name
     * @param memberUntil the day the person left the family, or null while they are in it: a cost per day or week
     *     that the person's facts would end is the family's only until then, since the facts after it are not the
     *     family's to see
     */
    record CostedFact(
            String personId, String kind, LocalDate on, Map<String, String> properties, LocalDate memberUntil) {

        CostedFact(String personId, String kind, LocalDate on, Map<String, String> properties) {
            this(personId, kind, on, properties, null);
        }
    }

    /** Money the family budget spent, on a day. */
    record Spent(LocalDate on, BigDecimal pounds) {}

    /**
     * What the facts cost in each span, by the agency that bore it, the largest first.
     *
     * @param facts the facts the viewer may see; those after today are not counted
     * @param today the last day counted: a cost per day or week that nothing has ended runs until it
     * @return a list of agencies' costs for each span, in the order of the spans
     */
    static List<List<AgencyCost>> over(
            List<Span> spans, List<CostedFact> facts, LocalDate today, CostsProperties costs) {
        List<Lines> bySpan = new ArrayList<>();
        spans.forEach(span -> bySpan.add(new Lines()));
        List<CostedFact> inOrder = facts.stream()
                .filter(fact -> !fact.on().isAfter(today))
                .sorted(Comparator.comparing(CostedFact::on))
                .toList();
        for (CostedFact fact : inOrder) {
            firstRow(costs, fact, true).ifPresent(unit -> {
                for (int index = 0; index < spans.size(); index++) {
                    if (spans.get(index).contains(fact.on())) {
                        bySpan.get(index).add(unit, BigDecimal.ONE, unit.pounds());
                    }
                }
            });
            firstRow(costs, fact, false).ifPresent(unit -> {
                LocalDate lastDay =
                        endOf(fact, unit, inOrder).map(end -> end.minusDays(1)).orElse(today);
                if (fact.memberUntil() != null && fact.memberUntil().isBefore(lastDay)) {
                    lastDay = fact.memberUntil();
                }
                for (int index = 0; index < spans.size(); index++) {
                    long days = spans.get(index).daysOf(fact.on(), lastDay);
                    if (days > 0) {
                        bySpan.get(index).add(unit, quantity(unit, days), amount(unit, days));
                    }
                }
            });
        }
        return bySpan.stream().map(Lines::byAgency).toList();
    }

    /** What the family budget spent in the span, up to today. */
    static BigDecimal spentIn(Span span, List<Spent> spent, LocalDate today) {
        return pence(spent.stream()
                .filter(spend -> span.contains(spend.on()) && !spend.on().isAfter(today))
                .map(Spent::pounds)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * The keyworkers' time at the configured rate for the days of the span the case was open, up to today.
     *
     * @param openedOn when the case opened, or null if it never did
     * @param closedOn when it closed, or null while it is open
     */
    static BigDecimal keyworkerTimeIn(
            Span span, LocalDate openedOn, LocalDate closedOn, LocalDate today, CostsProperties costs) {
        if (openedOn == null) {
            return pence(BigDecimal.ZERO);
        }
        long days = span.daysOf(openedOn, closedOn != null ? closedOn : today);
        return costs.keyworkerHourlyRate()
                .multiply(costs.keyworkerHoursPerWeek())
                .multiply(BigDecimal.valueOf(days))
                .divide(DAYS_A_WEEK, 2, RoundingMode.HALF_UP);
    }

    /** Every agency's cost together. */
    static BigDecimal total(List<AgencyCost> byAgency) {
        return pence(byAgency.stream().map(AgencyCost::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static BigDecimal pence(BigDecimal pounds) {
        return pounds.setScale(2, RoundingMode.HALF_UP);
    }

    /** The first row that costs the fact per occurrence, or the first that costs it per day or week. */
    private static Optional<UnitCost> firstRow(CostsProperties costs, CostedFact fact, boolean perOccurrence) {
        return costs.unitCosts().stream()
                .filter(unit -> (unit.per() == UnitCost.Per.OCCURRENCE) == perOccurrence)
                .filter(unit -> unit.costs(fact.kind(), fact.properties()))
                .findFirst();
    }

    /** So many days as the unit counts them: days, or weeks to two places (as shown). */
    private static BigDecimal quantity(UnitCost unit, long days) {
        return unit.per() == UnitCost.Per.DAY
                ? BigDecimal.valueOf(days)
                : BigDecimal.valueOf(days).divide(DAYS_A_WEEK, 2, RoundingMode.HALF_UP);
    }

    /** What so many days cost: a weekly cost by the day, rounded to pence once, with its line's total. */
    private static BigDecimal amount(UnitCost unit, long days) {
        BigDecimal forTheDays = unit.pounds().multiply(BigDecimal.valueOf(days));
        return unit.per() == UnitCost.Per.DAY ? forTheDays : forTheDays.divide(DAYS_A_WEEK, 10, RoundingMode.HALF_UP);
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

    /** The lines of one span, by agency and unit cost. */
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
            return List.copyOf(agencies);
        }
    }
}
