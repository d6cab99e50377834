package uk.joinedup.caseservice.views.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChronologyPageTest {

    private static final List<Integer> HUNDRED_AND_ONE =
            IntStream.rangeClosed(1, 101).boxed().toList();

    @Test
    void cutsThePageFromEntriesInOrder() {
        assertThat(new ChronologyPage(1, 50, 101).of(HUNDRED_AND_ONE))
                .hasSize(50)
                .startsWith(1)
                .endsWith(50);
        assertThat(new ChronologyPage(3, 50, 101).of(HUNDRED_AND_ONE)).containsExactly(101);
        assertThat(new ChronologyPage(4, 50, 101).of(HUNDRED_AND_ONE))
                .as("past the last page")
                .isEmpty();
        assertThat(new ChronologyPage(1, 0, 101).of(HUNDRED_AND_ONE))
                .as("counts only")
                .isEmpty();
    }

    @Test
    void countsThePagesAtItsSize() {
        assertThat(new ChronologyPage(1, 50, 0).pages()).isZero();
        assertThat(new ChronologyPage(1, 50, 50).pages()).isEqualTo(1);
        assertThat(new ChronologyPage(1, 50, 51).pages()).isEqualTo(2);
        assertThat(new ChronologyPage(1, 0, 51).pages()).isZero();
    }

    @Test
    void allowsPagesFromOneOfNoneToFiftyEntries() {
        assertThat(ChronologyPage.valid(1, 0)).isTrue();
        assertThat(ChronologyPage.valid(20, 50)).isTrue();
        assertThat(ChronologyPage.valid(0, 50)).isFalse();
        assertThat(ChronologyPage.valid(1, 51)).isFalse();
        assertThat(ChronologyPage.valid(1, -1)).isFalse();
    }
}
