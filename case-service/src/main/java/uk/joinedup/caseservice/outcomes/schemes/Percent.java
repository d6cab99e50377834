package uk.joinedup.caseservice.outcomes.schemes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact comparisons of a proportion with a percentage threshold, without rounding the proportion. */
final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /** Whether {@code part} is at least {@code threshold} percent of {@code whole} (whole above zero). */
    static boolean atLeast(long part, long whole, BigDecimal threshold) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(threshold.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** The proportion as a percentage to one decimal place, for explanations. */
    static String of(long part, long whole) {
        return BigDecimal.valueOf(part)
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                        .toPlainString()
                + "%";
    }
}
