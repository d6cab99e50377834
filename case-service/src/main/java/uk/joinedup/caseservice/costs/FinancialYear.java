package uk.joinedup.caseservice.costs;

import java.time.LocalDate;

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

    /** Its days, 1 April to 31 March. */
    public Span span() {
        return new Span(firstDay, lastDay());
    }
}
