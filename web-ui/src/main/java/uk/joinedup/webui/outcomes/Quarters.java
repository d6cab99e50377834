package uk.joinedup.webui.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.joinedup.webui.govuk.Choice;

/**
 * How quarters read on the outcome pages ({@code 2026-Q4}: "Oct to Dec 2026", in a chart "Q4 2026"), and
 * the choices their period filters offer.
 */
public final class Quarters {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final String[] MONTHS = {"Jan to Mar", "Apr to Jun", "Jul to Sep", "Oct to Dec"};

    private Quarters() {}

    /** The current quarter and the {@code offered} before it, newest first. */
    public static List<Choice> upTo(LocalDate today, int offered) {
        int year = today.getYear();
        int number = (today.getMonthValue() - 1) / 3 + 1;
        List<Choice> choices = new ArrayList<>();
        for (int n = 0; n <= offered; n++) {
            String value = year + "-Q" + number;
            choices.add(Choice.of(value, label(value)));
            number--;
            if (number == 0) {
                number = 4;
                year--;
            }
        }
        return choices;
    }

    /** {@code 2026-Q4} as "Oct to Dec 2026"; anything else as it is. */
    public static String label(String quarter) {
        Matcher matcher = QUARTER.matcher(quarter == null ? "" : quarter);
        if (!matcher.matches()) {
            return String.valueOf(quarter);
        }
        return String.format(Locale.UK, "%s %s", MONTHS[Integer.parseInt(matcher.group(2)) - 1], matcher.group(1));
    }

    /** {@code 2026-Q4} as "Q4 2026", short enough for a chart's axis. */
    public static String shortLabel(String quarter) {
        Matcher matcher = QUARTER.matcher(quarter == null ? "" : quarter);
        return matcher.matches() ? "Q" + matcher.group(2) + " " + matcher.group(1) : String.valueOf(quarter);
    }
}
