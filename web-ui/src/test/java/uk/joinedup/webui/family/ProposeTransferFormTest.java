package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.govuk.BundleLabels;

class ProposeTransferFormTest {

    private final ProposeTransferForm form = new ProposeTransferForm();
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");

    @Test
    void takesAPractitionerAndAReason() {
        form.setProposedLead("sam.patel");
        form.setReason("The licence ends next year");

        assertThat(form.validate(errors)).isTrue();
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void asksWhoWouldLeadTheCaseAndWhyInTheOrderOfThePage() {
        form.setReason("  ");

        assertThat(form.validate(errors)).isFalse();

        assertThat(errors.getFieldErrors().stream().map(BundleLabels::message))
                .containsExactly(
                        "Select the practitioner who would lead the case",
                        "Enter why the case should move to another agency");
    }

    @Test
    void refusesAReasonLongerThanCaseServiceTakes() {
        form.setProposedLead("sam.patel");
        form.setReason("x".repeat(ProposeTransferForm.REASON_MAX + 1));

        assertThat(form.validate(errors)).isFalse();

        assertThat(errors.getFieldError("reason"))
                .extracting(BundleLabels::message)
                .isEqualTo("The reason must be 2,000 characters or fewer");
    }

    @Test
    void putsATransferWithinTheAgencyAgainstThePractitioner() {
        assertThat(ProposeTransferForm.refusedField("transfer-within-the-agency"))
                .isEqualTo("proposedLead");
        assertThat(ProposeTransferForm.refusedField("not-in-staff-directory")).isEqualTo("proposedLead");
        assertThat(ProposeTransferForm.refusedField("transfer-already-proposed"))
                .isNull();
    }
}
