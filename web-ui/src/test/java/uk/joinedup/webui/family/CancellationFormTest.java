package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.Budgets;
import uk.joinedup.webui.govuk.BundleLabels;

class CancellationFormTest {

    @Test
    void cancelsOnlyWithAReasonOfAtMostAThousandCharacters() {
        CancellationForm form = new CancellationForm();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        assertThat(form.toRequest(errors)).isNull();
        assertThat(messages(errors)).containsExactly("Enter why the commitment is cancelled");

        form.setReason("z".repeat(CancellationForm.REASON_MAX + 1));
        errors = new BeanPropertyBindingResult(form, "form");
        assertThat(form.toRequest(errors)).isNull();
        assertThat(messages(errors)).containsExactly("The reason must be 1,000 characters or fewer");

        form.setReason("  The school now funds the places ");
        errors = new BeanPropertyBindingResult(form, "form");
        assertThat(form.toRequest(errors))
                .as("today, says case-service")
                .isEqualTo(new Budgets.CancellationRequest("The school now funds the places", null));
    }

    private static List<String> messages(BindingResult errors) {
        return errors.getFieldErrors().stream().map(BundleLabels::message).toList();
    }
}
