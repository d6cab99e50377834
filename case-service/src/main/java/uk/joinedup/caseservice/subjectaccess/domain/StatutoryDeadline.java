package uk.joinedup.caseservice.subjectaccess.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day a subject access request must be answered by: one calendar month after the day it was received (UK
 * GDPR Art. 12(3)), the same day of the next month; where that month has no such day, its last day (the ICO's
 * guidance: received on 31 January, due on 28 or 29 February). Not moved to the next working day when it falls
 * on a weekend or bank holiday, though the ICO allows it: an earlier date is never too late. Extended by further
 * months (at most two, Art. 12(3)), it is as many more calendar months after the day it was received, by the same
 * reading: received on 31 January and extended by two, due on 30 April.
 */
final class StatutoryDeadline {

    private StatutoryDeadline() {}

    static LocalDate after(LocalDate receivedOn) {
        Objects.requireNonNull(receivedOn, "received on");
        return extended(receivedOn, 0);
    }

    /** The deadline of a request received on the day and extended by {@code furtherMonths} in all. */
    static LocalDate extended(LocalDate receivedOn, int furtherMonths) {
        Objects.requireNonNull(receivedOn, "received on");
        return receivedOn.plusMonths(1L + furtherMonths);
    }
}
