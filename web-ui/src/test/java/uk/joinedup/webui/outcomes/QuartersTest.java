package uk.joinedup.webui.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.govuk.Choice;

class QuartersTest {

    @Test
    void offersThisQuarterAndTheTwelveBeforeItNewestFirstAcrossYears() {
        var choices = Quarters.upTo(LocalDate.of(2026, 1, 1), 12);

        assertThat(choices).hasSize(13);
        assertThat(choices.get(0)).isEqualTo(Choice.of("2026-Q1", "Jan to Mar 2026"));
        assertThat(choices.get(1)).isEqualTo(Choice.of("2025-Q4", "Oct to Dec 2025"));
        assertThat(choices.get(12)).isEqualTo(Choice.of("2023-Q1", "Jan to Mar 2023"));
    }

    @Test
    void placesTheLastDayOfAQuarterInIt() {
        assertThat(Quarters.upTo(LocalDate.of(2026, 9, 30), 12).get(0).value()).isEqualTo("2026-Q3");
        assertThat(Quarters.upTo(LocalDate.of(2026, 10, 1), 12).get(0).value()).isEqualTo("2026-Q4");
    }

    @Test
    void readsAQuarterAsItsMonthsAndLeavesAnythingElseAsItIs() {
        assertThat(Quarters.label("2026-Q2")).isEqualTo("Apr to Jun 2026");
        assertThat(Quarters.label("2026-Q5")).isEqualTo("2026-Q5");
    }
}
