package uk.joinedup.webui.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class AmountInputTest {

    private final Typed form = new Typed();
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");

    @ParameterizedTest
    @CsvSource({
        "250, 250.00",
        "249.99, 249.99",
        "0.01, 0.01",
        "12.5, 12.50",
        "'£1,500', 1500.00",
        "' 75.50 ', 75.50",
        "1.500, 1.50",
        ".5, 0.50"
    })
    void readsPoundsForgivingASignCommasAndSpaces(String typed, String pounds) {
        assertThat(validate(typed)).isEqualTo(new BigDecimal(pounds));
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void asksForAnAmountLeftBlank() {
        assertThat(validate("  ")).isNull();

        assertThat(message()).isEqualTo("Enter the amount spent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten pounds", "1e3", "12.3.4", "50p", "1-2"})
    void refusesWhatIsNotANumber(String typed) {
        assertThat(validate(typed)).isNull();

        assertThat(message()).isEqualTo("Enter the amount as a number of pounds, like 250 or 249.99");
    }

    @Test
    void refusesFractionsOfAPenny() {
        assertThat(validate("249.999")).isNull();

        assertThat(message()).isEqualTo("Enter the amount to the nearest penny, like 249.99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-5", "-0.01"})
    void refusesLessThanAPenny(String typed) {
        assertThat(validate(typed)).isNull();

        assertThat(message()).isEqualTo("The amount must be at least £0.01");
    }

    private BigDecimal validate(String typed) {
        form.setAmount(typed);
        return AmountInput.validate(form.getAmount(), "amount", "budget.spend.amount.missing", errors);
    }

    private String message() {
        return BundleLabels.message(errors.getFieldError("amount"));
    }

    /** A form with an amount. */
    public static class Typed {

        private String amount;

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }
}
