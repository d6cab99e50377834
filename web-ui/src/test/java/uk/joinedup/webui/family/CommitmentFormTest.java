package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import uk.joinedup.webui.caseservice.Budgets;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.FormErrors;

class CommitmentFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final CommitmentForm form = new CommitmentForm();
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");

    @Test
    void sendsTheCommitmentStripped() {
        form.setAllocationId("a1");
        form.setGoalId("g2");
        form.setProvider("  Solent Training ");
        form.setPurpose(" Forklift licence course for Stephen ");
        form.setAmount("450");
        form.setCommittedOn(DateInput.of(TODAY));

        Budgets.CommitmentRequest commitment = form.toRequest(TODAY, errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(commitment)
                .isEqualTo(new Budgets.CommitmentRequest(
                        "a1",
                        "Solent Training",
                        "Forklift licence course for Stephen",
                        "g2",
                        new BigDecimal("450.00"),
                        TODAY));
    }

    @Test
    void saysWhatIsMissingInTheOrderOfThePage() {
        form.setProvider(" ");

        assertThat(form.toRequest(TODAY, errors)).isNull();

        assertThat(errors.getFieldErrors().stream().map(FieldError::getField))
                .containsExactly("allocationId", "goalId", "provider", "purpose", "amount", "committedOn.day");
        assertThat(messages())
                .containsExactly(
                        "Select the allocation it is paid from",
                        "Select the goal of the plan it is for",
                        "Enter the provider",
                        "Enter what the service is",
                        "Enter the amount committed",
                        "Enter the date the service was commissioned");
    }

    @Test
    void refusesTooMuchTextAFractionOfAPennyAndADayStillToCome() {
        form.setAllocationId("a1");
        form.setGoalId("g2");
        form.setProvider("x".repeat(CommitmentForm.PROVIDER_MAX + 1));
        form.setPurpose("y".repeat(CommitmentForm.PURPOSE_MAX + 1));
        form.setAmount("10.005");
        form.setCommittedOn(DateInput.of(TODAY.plusDays(1)));

        assertThat(form.toRequest(TODAY, errors)).isNull();

        assertThat(messages())
                .containsExactly(
                        "The provider must be 200 characters or fewer",
                        "What the service is must be 1,000 characters or fewer",
                        "Enter the amount to the nearest penny, like 249.99",
                        "Date commissioned must be today or in the past");
    }

    @Test
    void putsARefusalForMoreThanIsLeftAgainstTheAmountAndInTheSummary() {
        assertThat(CommitmentForm.refusedField("goal-not-in-plan")).isEqualTo("goalId");
        assertThat(CommitmentForm.refusedField("outside-allocation-period")).isEqualTo("committedOn");
        assertThat(CommitmentForm.refusedField("budget-lead-only")).isNull();

        FormErrors.Outcome outcome = FormErrors.attempt(
                () -> {
                    throw new CaseServiceProblem.Refused(
                            "Only £400.00 of this allocation is left to commit", "not-enough-left");
                },
                errors,
                field -> field,
                CommitmentForm::refusedField,
                "budget.conflict");
        FormErrors.attempt(
                () -> {
                    throw new CaseServiceProblem.Refused(
                            "This allocation covers 1 May 2026 to 30 April 2027: commit within those dates",
                            "outside-allocation-period");
                },
                errors,
                field -> field,
                CommitmentForm::refusedField,
                "budget.conflict");

        assertThat(outcome).isEqualTo(FormErrors.Outcome.REFUSED);
        assertThat(errors.getFieldError("amount").getDefaultMessage())
                .isEqualTo("Only £400.00 of this allocation is left to commit");
        assertThat(errors.getFieldError("committedOn.day").getDefaultMessage()).startsWith("This allocation covers");
    }

    private List<String> messages() {
        return errors.getFieldErrors().stream().map(BundleLabels::message).toList();
    }
}
