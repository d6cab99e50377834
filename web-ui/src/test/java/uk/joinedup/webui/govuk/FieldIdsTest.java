package uk.joinedup.webui.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldIdsTest {

    private final FieldIds ids = new FieldIds();

    @Test
    void turnsPropertyPathsIntoIdsTheErrorSummaryCanLinkTo() {
        assertThat(ids.of("givenNames")).isEqualTo("givenNames");
        assertThat(ids.of("dateOfBirth.day")).isEqualTo("dateOfBirth-day");
        assertThat(ids.of("goals[0].actions[1].dueOn.day")).isEqualTo("goals-0-actions-1-dueOn-day");
        assertThat(ids.of("values[offence]")).isEqualTo("values-offence");
        assertThat(ids.of("dates[offenceDate].day")).isEqualTo("dates-offenceDate-day");
    }

    @Test
    void describesAFieldByItsHintAndItsErrorOrNothing() {
        assertThat(ids.describedBy("reason", true, true)).isEqualTo("reason-hint reason-error");
        assertThat(ids.describedBy("reason", true, false)).isEqualTo("reason-hint");
        assertThat(ids.describedBy("reason", false, true)).isEqualTo("reason-error");
        assertThat(ids.describedBy("reason", false, false)).isNull();
    }
}
