package uk.joinedup.webui.govuk;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Amounts of money the GOV.UK way, for templates ({@code @pounds}) and pages built in code: £2,500 and
 * £75.50, pence only when there are some.
 */
@Component("pounds")
public class Pounds {

    /** "£1,240.50", "£300"; null for null. */
    public String of(BigDecimal amount) {
        return format(amount);
    }

    /** As {@link #of}, for code. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        if (amount.stripTrailingZeros().scale() <= 0) {
            pounds.setMinimumFractionDigits(0);
            pounds.setMaximumFractionDigits(0);
        }
        return pounds.format(amount);
    }
}
