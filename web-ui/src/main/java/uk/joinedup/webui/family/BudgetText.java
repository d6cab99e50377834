package uk.joinedup.webui.family;

import org.springframework.validation.Errors;

/** Text the budget's forms require: given, and not too long ({@code <code>.missing}, {@code <code>.tooLong}). */
final class BudgetText {

    private BudgetText() {}

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Rejects {@code field} if {@code value} is blank or, stripped, longer than {@code max} characters. */
    static void require(String value, int max, String field, String code, Errors errors) {
        if (blank(value)) {
            errors.rejectValue(field, code + ".missing");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, code + ".tooLong");
        }
    }
}
