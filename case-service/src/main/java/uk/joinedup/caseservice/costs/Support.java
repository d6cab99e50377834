package uk.joinedup.caseservice.costs;

import java.math.BigDecimal;

/**
 * What was spent on supporting a family over a span of days, in pounds with two places.
 *
 * @param budgetSpend what the family budget spent
 * @param keyworkerTime the keyworkers' time at the configured rate for the days the case was open
 */
public record Support(BigDecimal budgetSpend, BigDecimal keyworkerTime) {

    /** Both together. */
    public BigDecimal total() {
        return budgetSpend.add(keyworkerTime);
    }
}
