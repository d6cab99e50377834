package uk.joinedup.caseservice.costs;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the unit-cost table: what one kind of fact costs the agency that bears it.
 *
 * @param fact the fact's kind, as the catalogue names it (e.g. {@code ExcludedFromSchool})
 * @param where the fact's properties that must have these values (e.g. {@code exclusion: PERMANENT}); none for every
 *     fact of the kind
 * @param per what the cost is for: each fact, or each day or week from the fact until the fact that ends it
 * @param until the kind of fact that ends a daily or weekly cost (e.g. {@code LeftCare}); it ends it if it agrees
 *     with {@code where} on the properties it has; until then the cost runs on
 * @param pounds the cost in pounds per {@code per}
 * @param bearer the agency that bears the cost, in words
 * @param description what is counted, in words (e.g. "A day in residential care")
 * @param source where the figure comes from
 */
public record UnitCost(
        String fact,
        Map<String, String> where,
        Per per,
        String until,
        BigDecimal pounds,
        String bearer,
        String description,
        String source) {

    public UnitCost {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(pounds, "pounds");
        Objects.requireNonNull(bearer, "bearer");
        Objects.requireNonNull(description, "description");
        where = where == null ? Map.of() : Map.copyOf(where);
        per = per == null ? Per.OCCURRENCE : per;
        if (per != Per.OCCURRENCE && until == null) {
            throw new IllegalArgumentException("A cost per " + per + " of " + fact + " needs the fact that ends it");
        }
    }

    /** Whether a fact of this kind with these properties is costed by this row. */
    boolean costs(String kind, Map<String, String> properties) {
        return fact.equals(kind)
                && where.entrySet().stream().allMatch(match -> match.getValue().equals(properties.get(match.getKey())));
    }

    /** Whether a fact ends a daily or weekly cost begun by this row: its kind, and no property disagreeing. */
    boolean endedBy(String kind, Map<String, String> properties) {
        return kind.equals(until)
                && where.entrySet().stream()
                        .allMatch(match -> !properties.containsKey(match.getKey())
                                || match.getValue().equals(properties.get(match.getKey())));
    }

    /** What a unit cost is counted per. */
    public enum Per {
        OCCURRENCE,
        DAY,
        WEEK
    }
}
