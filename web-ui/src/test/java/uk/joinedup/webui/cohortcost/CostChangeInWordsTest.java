package uk.joinedup.webui.cohortcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.govuk.BundleLabels;

class CostChangeInWordsTest {

    private final CostChangeInWords words = new CostChangeInWords(BundleLabels.labels());

    @Test
    void saysWhetherTheCostFellOrRoseAndByHowMuchWithoutAMinusSign() {
        assertThat(words.of(new BigDecimal("-27050.00"))).isEqualTo("Fell by £27,050");
        assertThat(words.of(new BigDecimal("200.50"))).isEqualTo("Rose by £200.50");
    }

    @Test
    void saysNoChangeForNoneOrNothingKnown() {
        assertThat(words.of(new BigDecimal("0.00"))).isEqualTo("No change");
        assertThat(words.of(null)).isEqualTo("No change");
    }
}
