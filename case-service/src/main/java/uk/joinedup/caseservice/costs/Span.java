package uk.joinedup.caseservice.costs;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A run of whole days, both ends included: a financial year, or the year before or after a case opened. What the
 * unit costs are counted over.
 */
public record Span(LocalDate firstDay, LocalDate lastDay) {

    public Span {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A span cannot end before it begins: " + firstDay + " to " + lastDay);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** How many days from {@code from} up to and including {@code to} fall in this span. */
    public long daysOf(LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(firstDay) ? from : firstDay;
        LocalDate end = to.isBefore(lastDay) ? to : lastDay;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }
}
