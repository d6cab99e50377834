package uk.joinedup.webui.govuk;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The GOV.UK currency input (a text input with the £ prefix), read as pounds: a number with at most two
 * places, at least £0.01. Forgiving of what people type besides: spaces, a £ sign, commas between the
 * thousands. {@link #validate} reports the {@code amount.*} messages against the field.
 */
public final class AmountInput {

    /** The least amount of money: a penny. */
    static final BigDecimal PENNY = new BigDecimal("0.01");

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    private AmountInput() {}

    /**
     * The amount typed, in pounds with two places (the way case-service takes it); null, with an error
     * against {@code field}, if it is blank ({@code missingCode}), not a number, has more than two places,
     * or is less than £0.01.
     */
    public static BigDecimal validate(String text, String field, String missingCode, Errors errors) {
        String typed = text == null ? "" : text.replaceAll("[\\s£,]", "");
        if (typed.isEmpty()) {
            errors.rejectValue(field, missingCode);
            return null;
        }
        if (!NUMBER.matcher(typed).matches()) {
            errors.rejectValue(field, "amount.notAnAmount");
            return null;
        }
        BigDecimal amount = new BigDecimal(typed);
        if (amount.stripTrailingZeros().scale() > 2) {
            errors.rejectValue(field, "amount.tooManyPlaces");
            return null;
        }
        if (amount.compareTo(PENNY) < 0) {
            errors.rejectValue(field, "amount.tooSmall");
            return null;
        }
        return amount.setScale(2);
    }
}
