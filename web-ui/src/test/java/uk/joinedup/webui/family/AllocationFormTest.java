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
import uk.joinedup.webui.caseservice.FundingSource;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.FormErrors;

class AllocationFormTest {

    private final AllocationForm form = new AllocationForm();
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");

    @Test
    void sendsTheAllocationInPoundsWithTwoPlaces() {
        form.setSource("SUPPORTING_PEOPLE");
        form.setAmount("£1,000");
        form.setFrom(DateInput.of(LocalDate.of(2026, 12, 1)));
        form.setUntil(DateInput.of(LocalDate.of(2027, 11, 30)));

        Budgets.AllocationRequest allocation = form.toRequest(errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(allocation)
                .isEqualTo(new Budgets.AllocationRequest(
                        FundingSource.SUPPORTING_PEOPLE,
                        new BigDecimal("1000.00"),
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 11, 30)));
    }

    @Test
    void saysWhatIsMissingInTheOrderOfThePage() {
        assertThat(form.toRequest(errors)).isNull();

        assertThat(errors.getFieldErrors().stream().map(FieldError::getField))
                .containsExactly("source", "amount", "from.day", "until.day");
        assertThat(messages())
                .containsExactly(
                        "Select where the money comes from",
                        "Enter the amount to allocate",
                        "Enter the date the allocation starts",
                        "Enter the date the allocation ends");
    }

    @Test
    void refusesASourceItDoesNotOfferAnAmountThatIsNotMoneyAndADateThatIsNotReal() {
        form.setSource("LOTTERY");
        form.setAmount("a thousand");
        form.setFrom(DateInput.of(LocalDate.of(2026, 12, 1)));
        DateInput until = new DateInput();
        until.setDay("31");
        until.setMonth("11");
        until.setYear("2027");
        form.setUntil(until);

        assertThat(form.toRequest(errors)).isNull();

        assertThat(messages())
                .containsExactly(
                        "Select where the money comes from",
                        "Enter the amount as a number of pounds, like 250 or 249.99",
                        "End date must be a real date");
    }

    @Test
    void putsCaseServicesRefusalsAgainstTheFieldsTheyAreAbout() {
        assertThat(AllocationForm.refusedField("over-approval-limit")).isEqualTo("amount");
        assertThat(AllocationForm.refusedField("period-ends-before-it-begins")).isEqualTo("until");
        assertThat(AllocationForm.refusedField("budget-managers-only")).isNull();

        FormErrors.attempt(
                () -> {
                    throw new CaseServiceProblem.Refused(
                            "A team manager can approve at most £5,000.00 at once", "over-approval-limit");
                },
                errors,
                field -> field,
                AllocationForm::refusedField,
                "budget.conflict");

        assertThat(errors.getFieldError("amount").getDefaultMessage())
                .isEqualTo("A team manager can approve at most £5,000.00 at once");
    }

    private List<String> messages() {
        return errors.getFieldErrors().stream().map(BundleLabels::message).toList();
    }
}
