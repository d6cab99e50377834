package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.util.Objects;

/** A period of whole days, both ends included: a cohort period, a quarter, a year. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end before it starts");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
