package uk.joinedup.caseservice.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the service's messages and reasons say dates and lengths of time to a person: 5 October 2026, 1 year and
 * 6 months (GOV.UK style), never 2026-10-05 or P1Y6M.
 */
public final class InWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private InWords() {}

    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** A length of time: its years, months and days that are not nought, "no time" if all are. */
    public static String period(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        if (parts.isEmpty()) {
            return "no time";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void add(List<String> parts, int count, String unit) {
        if (count != 0) {
            parts.add(count + " " + unit + (count == 1 ? "" : "s"));
        }
    }
}
