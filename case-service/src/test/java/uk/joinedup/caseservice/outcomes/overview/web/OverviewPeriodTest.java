package uk.joinedup.caseservice.outcomes.overview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.web.InvalidFields;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

class OverviewPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    void coversTheCurrentQuarterAndTheThreeBeforeItByDefault() {
        assertThat(OverviewPeriod.of(null, "", TODAY))
                .isEqualTo(new OverviewPeriod(new Quarter(2025, 2), new Quarter(2026, 1)));
    }

    @Test
    void countsBackFromTheLastQuarterAskedFor() {
        assertThat(OverviewPeriod.of(null, "2025-Q2", TODAY))
                .isEqualTo(new OverviewPeriod(new Quarter(2024, 3), new Quarter(2025, 2)));
        assertThat(OverviewPeriod.of("2025-Q4", null, TODAY))
                .isEqualTo(new OverviewPeriod(new Quarter(2025, 4), new Quarter(2026, 1)));
    }

    @Test
    void takesAtMostEightQuartersInOrder() {
        assertThat(OverviewPeriod.of("2024-Q2", "2026-Q1", TODAY).from()).isEqualTo(new Quarter(2024, 2));
        assertThatThrownBy(() -> OverviewPeriod.of("2024-Q1", "2026-Q1", TODAY))
                .isInstanceOf(InvalidFields.class)
                .extracting(invalid ->
                        ((InvalidFields) invalid).problem().getProperties().get("errors"))
                .asString()
                .contains("from", "at most 8 quarters");
        assertThatThrownBy(() -> OverviewPeriod.of("2026-Q2", "2026-Q1", TODAY))
                .isInstanceOf(InvalidFields.class)
                .extracting(invalid ->
                        ((InvalidFields) invalid).problem().getProperties().get("errors"))
                .asString()
                .contains("must not be after");
    }

    @Test
    void namesEachParameterThatIsNotAQuarter() {
        assertThatThrownBy(() -> OverviewPeriod.of("2026-Q5", "last", TODAY))
                .isInstanceOf(InvalidFields.class)
                .extracting(invalid ->
                        ((InvalidFields) invalid).problem().getProperties().get("errors"))
                .asString()
                .contains("field=from", "field=to", "Enter a quarter like 2026-Q4");
    }
}
