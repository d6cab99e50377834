package uk.joinedup.caseservice.views.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final List<Integer> HUNDRED_AND_ONE =
            IntStream.rangeClosed(1, 101).boxed().toList();

    @Test
    void holdsFiftyItemsAPageInTheListsOrder() {
        Page<String> first = Page.of(
                HUNDRED_AND_ONE, 1, keys -> keys.stream().map(String::valueOf).toList());
        Page<String> third = Page.of(
                HUNDRED_AND_ONE, 3, keys -> keys.stream().map(String::valueOf).toList());

        assertThat(first.items()).hasSize(50).startsWith("1", "2").endsWith("50");
        assertThat(first.totalResults()).isEqualTo(101);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(third.items()).containsExactly("101");
        assertThat(third.page()).isEqualTo(3);
    }

    @Test
    void turnsOnlyThePagesKeysIntoItems() {
        Page<Integer> second = Page.of(HUNDRED_AND_ONE, 2, keys -> {
            assertThat(keys).hasSize(50).startsWith(51).endsWith(100);
            return keys;
        });

        assertThat(second.items()).hasSize(50);
    }

    @Test
    void anEmptyListIsOneEmptyPageAndPastTheLastPageIsEmpty() {
        Page<Integer> empty = Page.of(List.<Integer>of(), 1, keys -> keys);

        assertThat(empty.items()).isEmpty();
        assertThat(empty.totalPages()).isEqualTo(1);
        assertThat(Page.of(HUNDRED_AND_ONE, 4, keys -> keys).items()).isEmpty();
        assertThat(Page.pagesFor(50)).isEqualTo(1);
        assertThat(Page.pagesFor(51)).isEqualTo(2);
        assertThat(Page.pagesFor(100)).isEqualTo(2);
    }

    @Test
    void pagesAreNumberedFromOne() {
        assertThatThrownBy(() -> Page.slice(HUNDRED_AND_ONE, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
