package uk.joinedup.webui.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void showsTheFirstAndLastPagesTheCurrentOneWithItsNeighboursAndEllipsesBetween() {
        Pagination pagination = Pagination.of(6, 20, page -> "/log?page=" + page);

        assertThat(pagination.items())
                .extracting(
                        item -> item.ellipsis() ? "…" : item.current() ? "[" + item.number() + "]" : "" + item.number())
                .containsExactly("1", "…", "5", "[6]", "7", "…", "20");
        assertThat(pagination.previous()).isEqualTo("/log?page=5");
        assertThat(pagination.next()).isEqualTo("/log?page=7");
        assertThat(pagination.items().get(2).href()).isEqualTo("/log?page=5");
    }

    @Test
    void leavesNoGapForOnePageAndOffersNoPreviousOnTheFirstPageNorNextOnTheLast() {
        assertThat(Pagination.of(1, 4, page -> "p" + page).items())
                .extracting(Pagination.Item::number)
                .containsExactly(1, 2, 0, 4);
        assertThat(Pagination.of(1, 4, page -> "p" + page).previous()).isNull();
        assertThat(Pagination.of(3, 3, page -> "p" + page).next()).isNull();
        assertThat(Pagination.of(3, 3, page -> "p" + page).items())
                .extracting(Pagination.Item::number)
                .containsExactly(1, 2, 3);
    }

    @Test
    void isNotShownForASinglePage() {
        assertThat(Pagination.of(1, 1, page -> "p" + page)).isNull();
        assertThat(Pagination.of(1, 0, page -> "p" + page)).isNull();
    }
}
