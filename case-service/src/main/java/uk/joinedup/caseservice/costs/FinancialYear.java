package uk.joinedup.caseservice.costs;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A UK public-sector financial year, 1 April to 31 March, named like 2026-27. */
public record FinancialYear(LocalDate firstDay) {

    /** The financial year a day falls in. */
    public static FinancialYear of(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new FinancialYear(LocalDate.of(startYear, 4, 1));
    }

    public LocalDate lastDay() {
        return firstDay.plusYears(1).minusDays(1);
    }

    public FinancialYear previous() {
        return new FinancialYear(firstDay.minusYears(1));
    }

    /** 2026-27 */
    public String name() {
        return firstDay.getYear() + "-" + String.format("%02d", (firstDay.getYear() + 1) % 100);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay());
    }

    /** How many days from {@code from} up to and including {@code to} fall in this year. */
    public long daysOf(LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(firstDay) ? from : firstDay;
        LocalDate end = to.isBefore(lastDay()) ? to : lastDay();
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }
}
