package uk.joinedup.caseservice.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.engagement.Disengagement.Fact;

class DisengagementTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 9, 1);
    private static final DisengagementRule UNANSWERED =
            new DisengagementRule("ContactUnanswered", 2, 14, "Two unanswered contacts within 14 days");
    private static final DisengagementRule DECLINED =
            new DisengagementRule("HelpDeclined", 2, 90, "Help declined twice within 90 days");
    private static final List<DisengagementRule> RULES = List.of(UNANSWERED, DECLINED);

    @Test
    void twoUnansweredContactsWithinFourteenDaysRaiseTheFlag() {
        assertThat(Disengagement.of(
                        List.of(unanswered("2026-11-01"), unanswered("2026-11-14"), other("2026-11-20")),
                        OPENED,
                        null,
                        RULES))
                .contains(new DisengagementFlag(
                        "Two unanswered contacts within 14 days", 2, day("2026-11-01"), day("2026-11-14")));
    }

    @Test
    void contactsFifteenDaysApartDoNot() {
        assertThat(Disengagement.of(List.of(unanswered("2026-11-01"), unanswered("2026-11-15")), OPENED, null, RULES))
                .isEmpty();
    }

    @Test
    void theLatestRunIsTheOneFlagged() {
        assertThat(Disengagement.of(
                        List.of(
                                unanswered("2026-10-01"),
                                unanswered("2026-10-05"),
                                unanswered("2026-11-20"),
                                unanswered("2026-11-25")),
                        OPENED,
                        null,
                        RULES))
                .get()
                .extracting(DisengagementFlag::from, DisengagementFlag::to)
                .containsExactly(day("2026-11-20"), day("2026-11-25"));
    }

    @Test
    void aFollowUpClearsWhatCameBeforeItAndOnItsDay() {
        List<Fact> facts = List.of(unanswered("2026-11-01"), unanswered("2026-11-10"));
        assertThat(Disengagement.of(facts, OPENED, day("2026-11-10"), RULES)).isEmpty();
        assertThat(Disengagement.of(facts, OPENED, day("2026-11-09"), RULES))
                .as("a contact unanswered after the follow-up counts again, with one before it not")
                .isEmpty();
        assertThat(Disengagement.of(
                        List.of(unanswered("2026-11-01"), unanswered("2026-11-10"), unanswered("2026-11-12")),
                        OPENED,
                        day("2026-11-05"),
                        RULES))
                .isPresent();
    }

    @Test
    void factsBeforeTheCaseOpenedOrWithoutAnOpenCaseRaiseNothing() {
        List<Fact> facts = List.of(unanswered("2026-08-20"), unanswered("2026-08-25"));
        assertThat(Disengagement.of(facts, OPENED, null, RULES)).isEmpty();
        assertThat(Disengagement.of(facts, null, null, RULES)).isEmpty();
        assertThat(Disengagement.of(facts, day("2026-08-20"), null, RULES))
                .as("opened on the first")
                .isPresent();
    }

    @Test
    void anyRuleRaisesTheFlagTheFirstMetFirst() {
        assertThat(Disengagement.of(List.of(declined("2026-09-10"), declined("2026-11-30")), OPENED, null, RULES))
                .get()
                .extracting(DisengagementFlag::rule)
                .isEqualTo("Help declined twice within 90 days");
        assertThat(Disengagement.of(List.of(declined("2026-09-10"), declined("2026-12-09")), OPENED, null, RULES))
                .as("91 days apart")
                .isEmpty();
        assertThat(Disengagement.of(
                        List.of(
                                declined("2026-09-10"),
                                declined("2026-09-11"),
                                unanswered("2026-11-01"),
                                unanswered("2026-11-02")),
                        OPENED,
                        null,
                        RULES))
                .get()
                .extracting(DisengagementFlag::rule)
                .isEqualTo(UNANSWERED.description());
    }

    @Test
    void aRuleNeedsACountAndDays() {
        assertThatThrownBy(() -> new DisengagementRule("ContactUnanswered", 0, 14, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisengagementRule("ContactUnanswered", 2, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DisengagementRule("ContactUnanswered", 1, 1, "Any unanswered contact").count())
                .isEqualTo(1);
        assertThat(new DisengagementProperties(null).rules()).isEmpty();
    }

    private static Fact unanswered(String on) {
        return new Fact("ContactUnanswered", day(on));
    }

    private static Fact declined(String on) {
        return new Fact("HelpDeclined", day(on));
    }

    private static Fact other(String on) {
        return new Fact("CaseNoteWritten", day(on));
    }

    private static LocalDate day(String on) {
        return LocalDate.parse(on);
    }
}
