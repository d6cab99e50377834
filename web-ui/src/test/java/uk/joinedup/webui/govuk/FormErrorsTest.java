package uk.joinedup.webui.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.InvalidRequest.FieldProblem;

class FormErrorsTest {

    /** A form with a text field and a date, like most pages. */
    public static class Form {
        private String reason;
        private DateInput on = new DateInput();

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public DateInput getOn() {
            return on;
        }

        public void setOn(DateInput on) {
            this.on = on;
        }
    }

    private final BindingResult errors = new BeanPropertyBindingResult(new Form(), "form");

    @Test
    void putsEachMessageAgainstTheFormFieldItIsAboutAndADateAgainstItsDay() {
        FormErrors.reject(
                invalid(new FieldProblem("why", "Enter the reason"), new FieldProblem("declinedOn", "Too late")),
                errors,
                field -> switch (field) {
                    case "why" -> "reason";
                    case "declinedOn" -> "on";
                    default -> field;
                });

        assertThat(errors.getFieldError("reason").getDefaultMessage()).isEqualTo("Enter the reason");
        assertThat(errors.getFieldError("on.day").getDefaultMessage()).isEqualTo("Too late");
        assertThat(errors.getGlobalErrors()).isEmpty();
    }

    @Test
    void addsCaseServicesMessagesOnlyForFieldsTheFormsOwnChecksPassed() {
        errors.rejectValue("on.month", "date.incomplete", "The date must include a month");

        FormErrors.addWhereNoneYet(
                List.of(new FieldProblem("reason", "The reason is too long"), new FieldProblem("on", "Enter the date")),
                errors,
                field -> field);

        assertThat(errors.getFieldError("reason").getDefaultMessage()).isEqualTo("The reason is too long");
        assertThat(errors.getFieldErrors("on.*"))
                .extracting(error -> error.getDefaultMessage())
                .containsExactly("The date must include a month");
    }

    @Test
    void keepsMessagesAboutFieldsTheFormDoesNotHaveForTheWholeForm() {
        FormErrors.reject(
                invalid(
                        new FieldProblem("fact.withinSessionsPossible", "Absences cannot be more than the sessions"),
                        new FieldProblem("expectedVersion", "Send the version")),
                errors,
                field -> field.equals("expectedVersion") ? null : field);

        assertThat(errors.getGlobalErrors())
                .extracting(ObjectError::getDefaultMessage)
                .containsExactly("Absences cannot be more than the sessions", "Send the version");
        assertThat(errors.getFieldErrorCount()).isZero();
    }

    @Test
    void keepsTheDetailWhenNoFieldIsNamed() {
        FormErrors.reject(new InvalidRequest("The value of 'fact.days' is not valid", List.of()), errors);

        assertThat(errors.getGlobalError().getDefaultMessage()).isEqualTo("The value of 'fact.days' is not valid");
    }

    @Test
    void saysWhatBecameOfAChange() {
        assertThat(FormErrors.attempt(() -> {}, errors, field -> field, "family.conflict"))
                .isEqualTo(FormErrors.Outcome.DONE);
        assertThat(errors.hasErrors()).isFalse();

        assertThat(FormErrors.attempt(
                        () -> {
                            throw new CaseServiceProblem.Conflict("stale");
                        },
                        errors,
                        field -> field,
                        "family.conflict"))
                .isEqualTo(FormErrors.Outcome.CONFLICT);
        assertThat(errors.getGlobalError().getCode()).isEqualTo("family.conflict");

        BindingResult refused = new BeanPropertyBindingResult(new Form(), "form");
        assertThat(FormErrors.attempt(
                        () -> {
                            throw new CaseServiceProblem.Refused("1 action is still open");
                        },
                        refused,
                        field -> field,
                        "family.conflict"))
                .isEqualTo(FormErrors.Outcome.REFUSED);
        assertThat(refused.getGlobalError().getDefaultMessage()).isEqualTo("1 action is still open");
    }

    private static InvalidRequest invalid(FieldProblem... problems) {
        return new InvalidRequest("Some fields are not valid", List.of(problems));
    }
}
