package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.DateInput;

class DeclineTransferFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final DeclineTransferForm form = new DeclineTransferForm();
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");

    @Test
    void sendsTheReasonAndTheDay() {
        form.setReason(" No capacity until the new year ");
        form.setDeclinedOn(DateInput.of(TODAY));

        assertThat(form.toDecline(TODAY, errors))
                .isEqualTo(new DeclineTransferForm.Decline("No capacity until the new year", TODAY));
    }

    @Test
    void asksWhyAndWhenInTheOrderOfThePage() {
        form.setDeclinedOn(DateInput.of(TODAY.plusDays(1)));

        assertThat(form.toDecline(TODAY, errors)).isNull();

        assertThat(errors.getFieldErrors().stream().map(BundleLabels::message))
                .containsExactly(
                        "Enter why you are declining the transfer", "Date declined must be today or in the past");
    }
}
