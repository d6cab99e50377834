package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.ConferenceKind;
import uk.joinedup.webui.caseservice.Conferences;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.FormErrors;

class ConferenceFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final ConferenceForm form = ConferenceForm.blank(DateInput.of(TODAY));
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");

    @Test
    void sendsWhoWasThereTheDecisionsOneALineAndOnlyTheActionRowsFilledIn() {
        form.setKind("CASE_CONFERENCE");
        form.setAttendees(new ArrayList<>(List.of("sam.patel", "ana.silva")));
        form.getOthers().set(1, "kim.osei");
        form.getOthers().set(2, "sam.patel");
        form.setFamilyPresent(" Stephen and Karen Walker ");
        form.setDecisions("Keep the case open\r\n\r\n  Sam Patel remains the lead professional  \n");
        ConferenceForm.Action action = form.getActions().get(1);
        action.setGoalId("g-money");
        action.setDescription("Book a benefits check");
        action.setOwnerAgency("southampton-early-help");
        action.setDueOn(DateInput.of(TODAY.plusDays(30)));

        Conferences.ConferenceRequest conference = form.toRequest(TODAY, errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(conference)
                .isEqualTo(new Conferences.ConferenceRequest(
                        ConferenceKind.CASE_CONFERENCE,
                        TODAY,
                        List.of("sam.patel", "ana.silva", "kim.osei"),
                        "Stephen and Karen Walker",
                        List.of("Keep the case open", "Sam Patel remains the lead professional"),
                        null,
                        List.of(new Conferences.ActionArisingRequest(
                                "g-money",
                                "Book a benefits check",
                                "southampton-early-help",
                                null,
                                TODAY.plusDays(30)))));
    }

    @Test
    void sendsTheLeadProfessionalAgreedUnlessNoChange() {
        fillIn();
        form.setLeadProfessionalAgreed("sam.patel");

        assertThat(form.toRequest(TODAY, errors).leadProfessionalAgreed()).isEqualTo("sam.patel");
    }

    @Test
    void saysWhatIsMissingInTheOrderOfThePage() {
        form.setHeldOn(new DateInput());

        assertThat(form.toRequest(TODAY, errors)).isNull();

        assertThat(errors.getFieldErrors().stream().map(FieldError::getField))
                .containsExactly("kind", "heldOn.day", "attendees", "decisions");
        assertThat(messages())
                .containsExactly(
                        "Select whether it was a case conference or a panel",
                        "Enter the date of the meeting",
                        "Select who was at the meeting",
                        "Enter at least one decision the meeting made");
    }

    @Test
    void refusesAMeetingInTheFutureAndAnActionRowLeftHalfDone() {
        fillIn();
        form.setHeldOn(DateInput.of(TODAY.plusDays(1)));
        form.getActions().get(2).setDescription("Meet the head of year");

        assertThat(form.toRequest(TODAY, errors)).isNull();

        assertThat(errors.getFieldErrors().stream().map(FieldError::getField))
                .containsExactly("heldOn.day", "actions[2].goalId", "actions[2].ownerAgency", "actions[2].dueOn.day");
        assertThat(messages())
                .containsExactly(
                        "Date of the meeting must be today or in the past",
                        "Select the goal of the plan the action is for",
                        "Select the agency responsible for the action",
                        "Enter the date the action is due");
    }

    @Test
    void refusesTooManyDecisionsOrTooLongOne() {
        fillIn();
        form.setDecisions("Decision\n".repeat(ConferenceForm.MOST_DECISIONS + 1));
        assertThat(form.toRequest(TODAY, errors)).isNull();
        assertThat(messages()).containsExactly("Record at most 20 decisions, one a line");

        BindingResult again = new BeanPropertyBindingResult(form, "form");
        form.setDecisions("x".repeat(ConferenceForm.DECISION_MAX + 1));
        assertThat(form.toRequest(TODAY, again)).isNull();
        assertThat(again.getFieldErrors().stream().map(BundleLabels::message))
                .containsExactly("Each decision must be 1,000 characters or fewer");
    }

    @Test
    void putsCaseServicesWordsAgainstTheRowsTheUserTypedIn() {
        fillIn();
        form.getActions().get(2).setGoalId("g1");
        form.getActions().get(2).setDescription("Meet the head of year");
        form.getActions().get(2).setOwnerAgency("southampton-education");
        form.getActions().get(2).setDueOn(DateInput.of(TODAY));

        assertThat(form.formField("actions[0].description")).isEqualTo("actions[2].description");
        assertThat(form.formField("actions[1].description"))
                .as("no such row sent")
                .isNull();
        assertThat(form.formField("decisions[3]")).isEqualTo("decisions");
        assertThat(form.formField("attendees[0]")).isEqualTo("attendees");
        assertThat(form.formField("kind")).isEqualTo("kind");
        assertThat(form.formField("actions")).isNull();

        FormErrors.attempt(
                () -> {
                    throw new InvalidRequest(
                            "Invalid",
                            List.of(new InvalidRequest.FieldProblem(
                                    "actions[0].dueOn", "Enter when the action is due")));
                },
                errors,
                form::formField,
                ConferenceForm::refusedField,
                "conference.conflict");
        assertThat(errors.getFieldError("actions[2].dueOn.day").getDefaultMessage())
                .isEqualTo("Enter when the action is due");
    }

    @Test
    void putsCaseServicesRefusalsAgainstTheFieldsTheyAreAbout() {
        assertThat(ConferenceForm.refusedField("another-lead-in-post")).isEqualTo("leadProfessionalAgreed");
        assertThat(ConferenceForm.refusedField("not-on-team")).isEqualTo("leadProfessionalAgreed");
        assertThat(ConferenceForm.refusedField("not-in-staff-directory")).isEqualTo("attendees");
        assertThat(ConferenceForm.refusedField("lead-or-manager-only")).isNull();

        FormErrors.attempt(
                () -> {
                    throw new CaseServiceProblem.Refused(
                            "Sam Patel leads the case: hand the case over to agree a different lead professional",
                            "another-lead-in-post");
                },
                errors,
                form::formField,
                ConferenceForm::refusedField,
                "conference.conflict");

        assertThat(errors.getFieldError("leadProfessionalAgreed").getDefaultMessage())
                .isEqualTo("Sam Patel leads the case: hand the case over to agree a different lead professional");
    }

    private void fillIn() {
        form.setKind("PANEL");
        form.setAttendees(new ArrayList<>(List.of("mo.ahmed")));
        form.setDecisions("Keep the case open");
    }

    private List<String> messages() {
        return errors.getFieldErrors().stream().map(BundleLabels::message).toList();
    }
}
