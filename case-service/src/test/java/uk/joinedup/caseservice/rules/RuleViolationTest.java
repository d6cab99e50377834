package uk.joinedup.caseservice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a refused command tells its client: a stable code to branch on, and words for the person. */
class RuleViolationTest {

    @Test
    void aDateAfterTodayIsRefusedSayingTheDateInWords() {
        RuleViolation violation = new DatedInFuture(LocalDate.of(2026, 10, 1));

        assertThat(violation.code()).isEqualTo("dated-in-future");
        assertThat(violation).hasMessage("The date, 1 October 2026, must be today or in the past");
    }

    @Test
    void aMissingReasonIsRefusedAskingForOne() {
        RuleViolation violation = new ReasonRequired();

        assertThat(violation.code()).isEqualTo("reason-required");
        assertThat(violation).hasMessage("Give a reason");
    }

    @Test
    void aKindOfFactIsNamedInWords() {
        assertThat(RuleViolation.inWords("OffenceProven")).isEqualTo("offence proven");
        assertThat(RuleViolation.inWords("NeetStatusRecorded")).isEqualTo("neet status recorded");
    }
}
