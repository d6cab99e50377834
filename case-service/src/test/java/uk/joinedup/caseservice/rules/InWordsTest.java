package uk.joinedup.caseservice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class InWordsTest {

    @Test
    void aDateIsTheDayMonthAndYearInWords() {
        assertThat(InWords.date(LocalDate.of(2026, 10, 5))).isEqualTo("5 October 2026");
    }

    @Test
    void aLengthOfTimeNamesItsPartsThatAreNotNought() {
        assertThat(InWords.period(Period.ofMonths(6))).isEqualTo("6 months");
        assertThat(InWords.period(Period.ofYears(1))).isEqualTo("1 year");
        assertThat(InWords.period(Period.ofDays(1))).isEqualTo("1 day");
        assertThat(InWords.period(Period.of(1, 6, 0))).isEqualTo("1 year and 6 months");
        assertThat(InWords.period(Period.of(2, 1, 3))).isEqualTo("2 years, 1 month and 3 days");
        assertThat(InWords.period(Period.ZERO)).isEqualTo("no time");
    }
}
