package uk.joinedup.webui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.ConsentEvidence;
import uk.joinedup.webui.caseservice.ConsentGiver;
import uk.joinedup.webui.caseservice.ConsentRequest;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.Purpose;
import uk.joinedup.webui.govuk.FormErrors;

class ConsentFormTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 11, 30);

    @Test
    void sendsTheConsentAsGivenWithBlankTextLeftOut() {
        ConsentForm form = new ConsentForm();
        form.setGivenBy("ATTORNEY");
        form.setGiverName("  Jane Marsh, daughter  ");
        form.setRecipients(List.of("southampton-jobcentre", "southampton-housing"));
        form.setCategories(List.of("CASE_NOTE", "EMPLOYMENT_AND_BENEFITS"));
        form.setPurpose("FAMILY_SUPPORT");
        form.setEvidence("SIGNED_FORM");
        form.setEvidenceNote("   ");

        ConsentRequest request = form.toRequest(FROM, UNTIL);

        assertThat(request.givenBy()).isEqualTo(ConsentGiver.ATTORNEY);
        assertThat(request.giverName()).isEqualTo("Jane Marsh, daughter");
        assertThat(request.recipients()).containsExactly("southampton-jobcentre", "southampton-housing");
        assertThat(request.categories())
                .containsExactly(InformationCategory.CASE_NOTE, InformationCategory.EMPLOYMENT_AND_BENEFITS);
        assertThat(request.purpose()).isEqualTo(Purpose.FAMILY_SUPPORT);
        assertThat(request.validFrom()).isEqualTo(FROM);
        assertThat(request.validUntil()).isEqualTo(UNTIL);
        assertThat(request.evidence()).isEqualTo(ConsentEvidence.SIGNED_FORM);
        assertThat(request.evidenceNote()).isNull();
    }

    @Test
    void leavesOutOptionsItDoesNotOfferSoThatCaseServiceSaysWhatToChoose() {
        ConsentForm form = new ConsentForm();
        form.setGivenBy("THE_NEIGHBOUR");
        form.setCategories(List.of("GOSSIP", "HEALTH"));

        ConsentRequest request = form.toRequest(null, UNTIL);

        assertThat(request.givenBy()).isNull();
        assertThat(request.categories()).containsExactly(InformationCategory.HEALTH);
        assertThat(request.validFrom()).as("today, says case-service").isNull();
    }

    @Test
    void putsCaseServicesFieldMessagesAndRefusalsAgainstTheFieldsTheyAreAbout() {
        ConsentForm form = new ConsentForm();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        FormErrors.attempt(
                () -> {
                    throw new InvalidRequest(
                            "Some fields are not valid",
                            List.of(
                                    new InvalidRequest.FieldProblem("recipients[]", "Choose an agency"),
                                    new InvalidRequest.FieldProblem("evidenceNote", "Too long")));
                },
                errors,
                ConsentForm::formField,
                ConsentForm::refusedField,
                null);
        FormErrors.attempt(
                () -> {
                    throw new CaseServiceProblem.Refused("A consent can last at most 3 years", "consent-too-long");
                },
                errors,
                ConsentForm::formField,
                ConsentForm::refusedField,
                null);
        FormErrors.attempt(
                () -> {
                    throw new CaseServiceProblem.Refused(
                            "Enter the name of the person who gave consent", "giver-name-required");
                },
                errors,
                ConsentForm::formField,
                ConsentForm::refusedField,
                null);
        FormErrors.attempt(
                () -> {
                    throw new CaseServiceProblem.Refused("Only a keyworker ...", "consent-administrators-only");
                },
                errors,
                ConsentForm::formField,
                ConsentForm::refusedField,
                null);

        assertThat(errors.getFieldError("recipients").getDefaultMessage()).isEqualTo("Choose an agency");
        assertThat(errors.getFieldError("evidenceNote").getDefaultMessage()).isEqualTo("Too long");
        assertThat(errors.getFieldError("validUntil.day").getDefaultMessage())
                .isEqualTo("A consent can last at most 3 years");
        assertThat(errors.getFieldError("giverName").getDefaultMessage())
                .isEqualTo("Enter the name of the person who gave consent");
        assertThat(errors.getGlobalErrors()).singleElement().satisfies(error -> assertThat(error.getDefaultMessage())
                .isEqualTo("Only a keyworker ..."));
    }

    @Test
    void putsAWithdrawalBeforeTheConsentBeganAgainstItsDate() {
        assertThat(WithdrawalForm.refusedField("withdrawn-before-it-began")).isEqualTo("withdrawnOn");
        assertThat(WithdrawalForm.refusedField("consent-already-withdrawn")).isNull();
    }
}
