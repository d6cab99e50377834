package uk.joinedup.caseservice.imports.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchThresholdsTest {

    @Test
    void byDefaultApplyAt85ReviewFrom60AndEverySecondCandidateWorthReviewingIsARival() {
        assertThat(MatchThresholds.defaults()).isEqualTo(new MatchThresholds(85, 60, 100));
    }

    @ParameterizedTest(name = "apply {0}, review {1}, rival within {2}")
    @CsvSource({"101,60,100", "-1,-1,100", "85,101,100", "85,-1,100", "85,60,101", "85,60,-1", "60,61,100"})
    void refusesScoresOutside0To100OrAReviewAboveApply(int apply, int review, int rivalWithin) {
        assertThatThrownBy(() -> new MatchThresholds(apply, review, rivalWithin))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "apply {0}, review {1}, rival within {2}")
    @CsvSource({"100,100,100", "0,0,0", "60,60,0"})
    void acceptsTheEndsOfTheRange(int apply, int review, int rivalWithin) {
        assertThat(new MatchThresholds(apply, review, rivalWithin).review()).isEqualTo(review);
    }

    @Test
    void onlyADecisionToApplyNamesAPerson() {
        assertThatThrownBy(() -> new MatchDecision(Outcome.APPLY, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchDecision(Outcome.REVIEW, "jane", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchDecision(Outcome.NO_MATCH, "jane", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
