package uk.joinedup.caseservice.costs;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The unit-cost table and the rates of support (configuration: {@code joinedup.costs}, shipped in {@code
 * unit-costs.yml}; a council replaces it with its own figures).
 *
 * @param unitCosts what each kind of fact costs: a fact is costed by the first row that matches it of those per
 *     occurrence, and by the first of those per day or week
 * @param keyworkerHourlyRate a keyworker's time, in pounds an hour
 * @param keyworkerHoursPerWeek the keyworker's hours a week on an open case
 * @param rateSource where the keyworker figures come from
 * @param years how many financial years to show, the current one included
 */
@ConfigurationProperties("joinedup.costs")
public record CostsProperties(
        List<UnitCost> unitCosts,
        @DefaultValue("35") BigDecimal keyworkerHourlyRate,
        @DefaultValue("3") BigDecimal keyworkerHoursPerWeek,
        @DefaultValue("Illustrative") String rateSource,
        @DefaultValue("3") int years) {

    public CostsProperties {
        unitCosts = unitCosts == null ? List.of() : List.copyOf(unitCosts);
        if (years < 1) {
            throw new IllegalArgumentException("joinedup.costs.years must be at least 1");
        }
    }
}
