package uk.joinedup.caseservice.costs;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The twelve months either side of the day a case opened, 365 days each: before, the day a year before it up to the
 * day before; after, the day it opened and the 364 days that follow.
 */
public record YearsAroundOpening(LocalDate openedOn) {

    private static final int DAYS = 365;

    public YearsAroundOpening {
        Objects.requireNonNull(openedOn, "openedOn");
    }

    public Span before() {
        return new Span(openedOn.minusDays(DAYS), openedOn.minusDays(1));
    }

    public Span after() {
        return new Span(openedOn, openedOn.plusDays(DAYS - 1));
    }

    /**
     * Whether the year after has passed by today, so the years can be compared: a case opened less than twelve
     * months ago is too recent, and a part-year is never set against a whole one.
     */
    public boolean comparableOn(LocalDate today) {
        return after().lastDay().isBefore(today);
    }
}
