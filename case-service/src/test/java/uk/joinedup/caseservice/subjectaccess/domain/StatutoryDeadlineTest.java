package uk.joinedup.caseservice.subjectaccess.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryDeadlineTest {

    @ParameterizedTest(name = "received {0}, due {1}")
    @CsvSource({
        // the ICO's examples: the corresponding day of the next month
        "2026-09-03, 2026-10-03",
        "2026-12-01, 2027-01-01",
        "2026-12-31, 2027-01-31",
        // no corresponding day: the last day of the next month
        "2027-01-31, 2027-02-28",
        "2028-01-30, 2028-02-29",
        "2028-01-31, 2028-02-29",
        "2026-03-31, 2026-04-30",
        "2026-08-31, 2026-09-30",
        // not moved off a weekend: 3 October 2026 is a Saturday
        "2026-09-03, 2026-10-03"
    })
    void isTheCorrespondingDayOfTheNextMonthOrItsLastDay(LocalDate received, LocalDate due) {
        assertThat(StatutoryDeadline.after(received)).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0}, extended by {1}, due {2}")
    @CsvSource({
        "2026-12-01, 0, 2027-01-01",
        "2026-12-01, 1, 2027-02-01",
        "2026-12-01, 2, 2027-03-01",
        // counted from the day received, not from the month-end deadline before it
        "2027-01-31, 1, 2027-03-31",
        "2027-01-31, 2, 2027-04-30",
        "2027-11-30, 2, 2028-02-29"
    })
    void extendedIsAsManyMoreCalendarMonthsAfterTheDayItWasReceived(LocalDate received, int months, LocalDate due) {
        assertThat(StatutoryDeadline.extended(received, months)).isEqualTo(due);
    }

    @Test
    void needsTheDayItWasReceived() {
        assertThatNullPointerException().isThrownBy(() -> StatutoryDeadline.after(null));
        assertThatNullPointerException().isThrownBy(() -> StatutoryDeadline.extended(null, 1));
    }
}
