package uk.joinedup.caseservice.budget.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount of money in whole pence: never a floating-point number. */
public record Money(@JsonValue long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    @JsonCreator
    public Money {}

    /** From pounds with at most two places: 12.5 is £12.50; refused with more places. */
    public static Money pounds(BigDecimal pounds) {
        return new Money(pounds.movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public boolean positive() {
        return pence > 0;
    }

    public boolean exceeds(Money other) {
        return pence > other.pence;
    }

    public BigDecimal inPounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** £1,234.50 */
    @Override
    public String toString() {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(inPounds());
    }
}
