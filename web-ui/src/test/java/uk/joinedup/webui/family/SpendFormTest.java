package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.Budgets;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.DateInput;

class SpendFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void sendsTheSpendInPoundsWithTwoPlaces() {
        SpendForm form = new SpendForm();
        form.setAmount("249.5");
        form.setSpentOn(DateInput.of(TODAY.minusDays(2)));
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        assertThat(form.toRequest(TODAY, errors))
                .isEqualTo(new Budgets.SpendRequest(new BigDecimal("249.50"), TODAY.minusDays(2)));
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void asksForTheAmountAndTheDate() {
        SpendForm form = new SpendForm();
        form.setAmount("0");
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        assertThat(form.toRequest(TODAY, errors)).isNull();

        assertThat(messages(errors))
                .containsExactly("The amount must be at least £0.01", "Enter the date the money was spent");
    }

    @Test
    void putsASpendBeyondTheCommitmentAgainstTheAmount() {
        assertThat(SpendForm.refusedField("spend-beyond-commitment")).isEqualTo("amount");
        assertThat(SpendForm.refusedField("dated-in-future")).isEqualTo("spentOn");
        assertThat(SpendForm.refusedField("dated-before-commitment")).isEqualTo("spentOn");
        assertThat(SpendForm.refusedField("commitment-cancelled")).isNull();
    }

    private static List<String> messages(BindingResult errors) {
        return errors.getFieldErrors().stream().map(BundleLabels::message).toList();
    }
}
