package uk.joinedup.webui.family;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.joinedup.webui.caseservice.CostUnit;
import uk.joinedup.webui.caseservice.FamilyCostView;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.govuk.Pounds;

/**
 * The cost of a family in words, for its Cost part ({@code @costInWords}): a line of an agency's cost ("A night
 * in custody: 45 days at £130 a day, £5,850"), and what a row of the unit-cost table costs and how often. Kinds
 * of fact are named as the chronology names them ({@code kind.<Type>}), their fields and options as the fact's
 * page does ({@code fact.<Type>.<field>}, {@code fact.option.<VALUE>}).
 */
@Component("costInWords")
public class CostInWords {

    private final Labels labels;

    public CostInWords(Labels labels) {
        this.labels = labels;
    }

    /** What the line costs, how many of its unit at what cost, and what that comes to. */
    public String line(FamilyCostView.CostLine line) {
        CostUnit per = unitOf(line.per());
        return labels.get(
                "cost.line." + per,
                line.description(),
                quantity(line.quantity(), per),
                Pounds.format(line.unitCost()),
                Pounds.format(line.amount()));
    }

    /** "2", "1 day", "12.86 weeks". */
    String quantity(BigDecimal quantity, CostUnit per) {
        if (quantity == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(Locale.UK);
        number.setMaximumFractionDigits(2);
        String figure = number.format(quantity);
        if (per == CostUnit.OCCURRENCE) {
            return figure;
        }
        return quantity.compareTo(BigDecimal.ONE) == 0
                ? labels.get("cost.quantity." + per + ".one")
                : labels.get("cost.quantity." + per, figure);
    }

    /** The kind of fact a row of the unit-cost table costs, and the values its fields must have, if any. */
    public String fact(FamilyCostView.UnitCost unitCost) {
        String kind = labels.getOrDefault("kind." + unitCost.fact(), unitCost.fact());
        if (unitCost.where().isEmpty()) {
            return kind;
        }
        String conditions = unitCost.where().entrySet().stream()
                .map(condition -> labels.get(
                        "cost.unit.condition",
                        labels.getOrDefault("fact." + unitCost.fact() + "." + condition.getKey(), condition.getKey()),
                        labels.getOrDefault("fact.option." + condition.getValue(), condition.getValue())))
                .collect(Collectors.joining(", "));
        return labels.get("cost.unit.where", kind, conditions);
    }

    /** How often a row of the unit-cost table counts: each time, or each day or week until the fact that ends it. */
    public String unit(FamilyCostView.UnitCost unitCost) {
        CostUnit per = unitOf(unitCost.per());
        if (per == CostUnit.OCCURRENCE) {
            return labels.get("cost.unit.OCCURRENCE");
        }
        return unitCost.until() == null
                ? labels.get("cost.unit." + per + ".untilToday")
                : labels.get("cost.unit." + per, labels.getOrDefault("kind." + unitCost.until(), unitCost.until()));
    }

    private static CostUnit unitOf(CostUnit per) {
        return per == null ? CostUnit.OCCURRENCE : per;
    }
}
