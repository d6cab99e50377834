package uk.joinedup.webui.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class DateInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final DateForm form = new DateForm();
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");

    @Test
    void readsARealDate() {
        typed("29", "2", "2024");

        assertThat(form.getDate().validate("date", label(), missing(), TODAY, errors))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void saysWhichPartIsMissing() {
        typed("29", "", "2024");

        assertThat(form.getDate().validate("date", label(), missing(), TODAY, errors))
                .isNull();
        assertThat(message("date.month")).isEqualTo("Date of death must include a month");
    }

    @Test
    void refusesADateThatIsNotReal() {
        typed("29", "2", "2023");

        form.getDate().validate("date", label(), missing(), TODAY, errors);

        assertThat(message("date.day")).isEqualTo("Date of death must be a real date");
    }

    @Test
    void refusesADateAfterTheLatestAllowed() {
        typed("24", "11", "2026");

        form.getDate().validate("date", label(), missing(), TODAY, errors);

        assertThat(message("date.day")).isEqualTo("Date of death must be today or in the past");
    }

    @Test
    void allowsAnyDateWithoutALatest() {
        typed("24", "11", "2030");

        assertThat(form.getDate().validate("date", label(), missing(), null, errors))
                .isEqualTo(LocalDate.of(2030, 11, 24));
    }

    @Test
    void asksForARequiredDateButLetsAnOptionalOneBeBlank() {
        form.getDate().validate("date", label(), missing(), TODAY, errors);
        assertThat(message("date.day")).isEqualTo("Enter the date of death");

        BindingResult optional = new BeanPropertyBindingResult(form, "form");
        assertThat(form.getDate().validate("date", label(), null, TODAY, optional))
                .isNull();
        assertThat(optional.hasErrors()).isFalse();
    }

    private void typed(String day, String month, String year) {
        form.getDate().setDay(day);
        form.getDate().setMonth(month);
        form.getDate().setYear(year);
    }

    private String message(String field) {
        assertThat(errors.getFieldErrors(field)).as("errors on %s", field).hasSize(1);
        return BundleLabels.message(errors.getFieldError(field));
    }

    private static DefaultMessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable("dateOfDeath.label");
    }

    private static DefaultMessageSourceResolvable missing() {
        return new DefaultMessageSourceResolvable("dateOfDeath.missing");
    }
}
