package uk.joinedup.webui.govuk;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The GOV.UK date input: day, month and year typed separately. {@link #validate} reports the GOV.UK
 * messages ("… must include a month", "… must be a real date") against the part at fault.
 */
public class DateInput {

    private String day;
    private String month;
    private String year;

    public DateInput() {}

    public static DateInput of(LocalDate date) {
        DateInput input = new DateInput();
        input.day = String.valueOf(date.getDayOfMonth());
        input.month = String.valueOf(date.getMonthValue());
        input.year = String.valueOf(date.getYear());
        return input;
    }

    /**
     * The date, if every part is present and the date is real and not after {@code latest};
     * otherwise null, with an error against {@code path.day}, {@code path.month} or {@code path.year}.
     * Messages come from the bundle: {@code <path>.missing}, {@code <path>.label} and the {@code
     * date.*} messages.
     */
    public LocalDate validate(String path, LocalDate latest, Errors errors) {
        return validate(
                path,
                new DefaultMessageSourceResolvable(path + ".label"),
                new DefaultMessageSourceResolvable(path + ".missing"),
                latest,
                errors);
    }

    /**
     * As {@link #validate(String, LocalDate, Errors)} with the messages {@code <code>.label} and {@code
     * <code>.missing}, for fields whose messages are not named after their path.
     */
    public LocalDate validate(String path, String code, LocalDate latest, Errors errors) {
        return validate(
                path,
                new DefaultMessageSourceResolvable(code + ".label"),
                new DefaultMessageSourceResolvable(code + ".missing"),
                latest,
                errors);
    }

    /**
     * As {@link #validate(String, LocalDate, Errors)} with the field's label and "missing" message
     * given: a null {@code missing} makes the date optional (all three parts blank gives null and no
     * error), a null {@code latest} allows any date.
     */
    public LocalDate validate(
            String path,
            MessageSourceResolvable label,
            MessageSourceResolvable missing,
            LocalDate latest,
            Errors errors) {
        if (blank()) {
            if (missing != null) {
                errors.rejectValue(
                        path + ".day", missing.getCodes()[0], missing.getArguments(), missing.getDefaultMessage());
            }
            return null;
        }
        String part = blank(day) ? "day" : blank(month) ? "month" : blank(year) ? "year" : null;
        if (part != null) {
            Object[] arguments = {label, new DefaultMessageSourceResolvable("date.part." + part)};
            errors.rejectValue(path + "." + part, "date.incomplete", arguments, null);
            return null;
        }
        LocalDate date = parse();
        if (date == null) {
            errors.rejectValue(path + ".day", "date.unreal", new Object[] {label}, null);
            return null;
        }
        if (latest != null && date.isAfter(latest)) {
            errors.rejectValue(path + ".day", "date.future", new Object[] {label}, null);
            return null;
        }
        return date;
    }

    /** No part typed. */
    public boolean blank() {
        return blank(day) && blank(month) && blank(year);
    }

    private LocalDate parse() {
        try {
            int parsedYear = Integer.parseInt(year.strip());
            if (parsedYear < 1000) {
                return null;
            }
            return LocalDate.of(parsedYear, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
