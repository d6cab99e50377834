package uk.joinedup.webui.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PoundsTest {

    @Test
    void writesPenceOnlyWhenThereAreSome() {
        assertThat(Pounds.format(new BigDecimal("2500.00"))).isEqualTo("£2,500");
        assertThat(Pounds.format(new BigDecimal("75.50"))).isEqualTo("£75.50");
        assertThat(Pounds.format(new BigDecimal("0.01"))).isEqualTo("£0.01");
        assertThat(Pounds.format(new BigDecimal("0.00"))).isEqualTo("£0");
        assertThat(new Pounds().of(new BigDecimal("1234567.8"))).isEqualTo("£1,234,567.80");
        assertThat(Pounds.format(null)).isNull();
    }
}
