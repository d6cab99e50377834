package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.govuk.BundleLabels;

class AcceptTransferFormTest {

    private final AcceptTransferForm form = new AcceptTransferForm();
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");

    @Test
    void sendsNoNewLeadForThePractitionerProposedAndTheOneChosenOtherwise() {
        form.setNewLead("sam.patel");
        assertThat(form.validate(errors)).isTrue();
        assertThat(form.newLeadOtherThan("sam.patel")).isNull();

        form.setNewLead("mo.ahmed");
        assertThat(form.newLeadOtherThan("sam.patel")).isEqualTo("mo.ahmed");
    }

    @Test
    void asksWhoWillLeadTheCase() {
        assertThat(form.validate(errors)).isFalse();

        assertThat(errors.getFieldError("newLead"))
                .extracting(BundleLabels::message)
                .isEqualTo("Select who will lead the case");
    }

    @Test
    void putsANewLeadOfAnotherAgencyAgainstTheChoice() {
        assertThat(AcceptTransferForm.refusedField("new-lead-of-another-agency"))
                .isEqualTo("newLead");
        assertThat(AcceptTransferForm.refusedField("receiving-managers-only")).isNull();
    }
}
