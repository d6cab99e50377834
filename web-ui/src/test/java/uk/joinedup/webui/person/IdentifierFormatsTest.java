package uk.joinedup.webui.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class IdentifierFormatsTest {

    @Test
    void acceptsRealIdentifiersAsPeopleTypeThem() {
        assertThat(IdentifierFormats.nhsNumberProblem("943 476 5919")).isEmpty();
        assertThat(IdentifierFormats.ninoProblem("ab 12 34 56 c")).isEmpty();
        assertThat(IdentifierFormats.upnProblem("H801200001001")).isEmpty();
    }

    @Test
    void saysWhichRuleAnIdentifierBreaks() {
        assertThat(IdentifierFormats.nhsNumberProblem("943 476 591")).contains("NHS number must be 10 digits");
        assertThat(IdentifierFormats.nhsNumberProblem("943 476 5918"))
                .contains("NHS number is not valid: its check digit does not match");
        assertThat(IdentifierFormats.ninoProblem("QQ123456E"))
                .contains(
                        "National Insurance number must be 2 letters, 6 numbers, then A, B, C or D, like QQ 12 34 56 C");
        assertThat(IdentifierFormats.ninoProblem("DA123456A"))
                .contains("National Insurance number cannot start with D, F, I, Q, U or V");
        assertThat(IdentifierFormats.ninoProblem("GB123456A"))
                .contains("National Insurance number cannot start with GB");
        assertThat(IdentifierFormats.upnProblem("A801200001001"))
                .contains("Unique pupil number is not valid: its check letter does not match");
        assertThat(IdentifierFormats.upnProblem("H80120000100O"))
                .contains("A temporary unique pupil number cannot end with I, O or S");
    }

    @Test
    void putsEachProblemAgainstItsFieldAndLeavesBlankOnesAlone() {
        PersonDetailsForm form = new PersonDetailsForm();
        form.setNhsNumber("123");
        form.setNationalInsuranceNumber("");
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        IdentifierFormats.check(form, errors);

        assertThat(errors.getFieldError("nhsNumber").getDefaultMessage()).isEqualTo("NHS number must be 10 digits");
        assertThat(errors.getFieldErrorCount()).isEqualTo(1);
    }
}
