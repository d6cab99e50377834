package uk.joinedup.caseservice.budget.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void isWholePenceFromPoundsOfAtMostTwoPlaces() {
        assertThat(Money.pounds(new BigDecimal("12.5"))).isEqualTo(new Money(1_250));
        assertThat(Money.pounds(new BigDecimal("0.01"))).isEqualTo(new Money(1));
        assertThatThrownBy(() -> Money.pounds(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void addsSubtractsAndComparesExactly() {
        assertThat(new Money(1).compareTo(new Money(2))).isNegative();
        assertThat(new Money(2).compareTo(new Money(1))).isPositive();
        assertThat(new Money(2).compareTo(new Money(2))).isZero();
        Money pound = new Money(100);
        assertThat(pound.plus(new Money(1))).isEqualTo(new Money(101));
        assertThat(pound.minus(new Money(101))).isEqualTo(new Money(-1));
        assertThat(new Money(101).exceeds(pound)).isTrue();
        assertThat(pound.exceeds(pound)).isFalse();
        assertThat(pound.positive()).isTrue();
        assertThat(Money.ZERO.positive()).isFalse();
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE).plus(new Money(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void isWrittenInPoundsAndPence() {
        assertThat(new Money(123_450)).hasToString("£1,234.50");
        assertThat(new Money(123_450).inPounds()).isEqualByComparingTo("1234.50");
    }
}
