package uk.joinedup.caseservice.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SequencesTest {

    @Test
    void pagesARangeNewestFirst() {
        Sequences range = Sequences.range(1, 120);

        assertThat(range.size()).isEqualTo(120);
        assertThat(range.newestFirst(0, 3)).containsExactly(120L, 119L, 118L);
        assertThat(range.newestFirst(50, 2)).containsExactly(70L, 69L);
        assertThat(range.newestFirst(118, 5)).containsExactly(2L, 1L);
        assertThat(range.newestFirst(120, 5)).isEmpty();
    }

    @Test
    void leavesOutExcludedNumbersAndCountsWithoutThem() {
        Sequences range = Sequences.range(10, 20).without(new TreeSet<>(List.of(10L, 15L, 20L, 99L)));

        assertThat(range.size()).isEqualTo(8);
        assertThat(range.newestFirst(0, 20)).containsExactly(19L, 18L, 17L, 16L, 14L, 13L, 12L, 11L);
        assertThat(range.contains(15)).isFalse();
        assertThat(range.contains(16)).isTrue();
    }

    @Test
    void keepsOnlyListedNumbersThatAreInTheSet() {
        Sequences kept = Sequences.range(5, 9).retainAll(new long[] {1, 5, 6, 9, 12});

        assertThat(kept.size()).isEqualTo(3);
        assertThat(kept.newestFirst(1, 10)).containsExactly(6L, 5L);
    }

    @Test
    void anEmptyRangeHasNothing() {
        assertThat(Sequences.range(5, 4).size()).isZero();
        assertThat(Sequences.none().newestFirst(0, 10)).isEmpty();
    }
}
