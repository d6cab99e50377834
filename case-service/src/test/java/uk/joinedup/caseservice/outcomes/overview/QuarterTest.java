package uk.joinedup.caseservice.outcomes.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void placesTheLastDayOfAQuarterInItAndTheNextDayInTheNext() {
        assertThat(Quarter.of(LocalDate.of(2026, 9, 30))).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.of(LocalDate.of(2026, 10, 1))).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.of(LocalDate.of(2026, 12, 31))).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.of(LocalDate.of(2027, 1, 1))).isEqualTo(new Quarter(2027, 1));
    }

    @Test
    void knowsItsFirstAndLastDays() {
        assertThat(new Quarter(2026, 1).firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(new Quarter(2026, 1).lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new Quarter(2024, 1).lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(new Quarter(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void countsAcrossTheTurnOfTheYear() {
        Quarter third = new Quarter(2026, 3);
        assertThat(third.through(new Quarter(2027, 2)).stream().map(Quarter::toString))
                .containsExactly("2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2");
        assertThat(third.quartersTo(new Quarter(2027, 2))).isEqualTo(4);
        assertThat(third.quartersTo(new Quarter(2026, 2))).isZero();
        assertThat(new Quarter(2027, 1).previous()).isEqualTo(new Quarter(2026, 4));
    }

    @Test
    void readsOnlyAQuarterWrittenAsOne() {
        assertThat(Quarter.parse("2026-Q4")).contains(new Quarter(2026, 4));
        assertThat(Quarter.parse(" 2026-Q1 ")).contains(new Quarter(2026, 1));
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(Quarter.parse("2026-Q0")).isEmpty();
        assertThat(Quarter.parse("26-Q1")).isEmpty();
        assertThat(Quarter.parse("")).isEmpty();
        assertThat(Quarter.parse(null)).isEmpty();
    }
}
