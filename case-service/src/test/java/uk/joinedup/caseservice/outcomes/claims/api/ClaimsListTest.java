package uk.joinedup.caseservice.outcomes.claims.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList.Row;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimsList.RowStatus;

/** The claims list a page of 50 rows at a time, the CSV's whole list on one page. */
class ClaimsListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest(name = "{0} rows, page {1}: {2} rows of {3} pages")
    @CsvSource({
        "0, 1, 0, 1",
        "1, 1, 1, 1",
        "50, 1, 50, 1",
        "51, 1, 50, 2",
        "51, 2, 1, 2",
        "100, 2, 50, 2",
        "101, 3, 1, 3",
        "51, 3, 0, 2",
    })
    void aPageHoldsUpTo50RowsInTheListsOrder(int rows, int page, int onPage, int pages) {
        ClaimsList whole = listOf(rows);

        ClaimsList answered = whole.onPage(page);

        assertThat(answered.rows()).hasSize(onPage);
        assertThat(answered.page()).isEqualTo(page);
        assertThat(answered.totalRows()).isEqualTo(rows);
        assertThat(answered.totalPages()).isEqualTo(pages);
        if (onPage > 0) {
            assertThat(answered.rows().get(0).familyId()).isEqualTo("family-" + (page - 1) * 50);
        }
        assertThat(answered.judgedOn()).isEqualTo(TODAY);
        assertThat(answered.familiesWithFactsWithheld()).isEqualTo(3);
    }

    @Test
    void theWholeListIsOnePage() {
        ClaimsList whole = listOf(120);

        assertThat(whole.rows()).hasSize(120);
        assertThat(whole.page()).isEqualTo(1);
        assertThat(whole.totalRows()).isEqualTo(120);
        assertThat(whole.totalPages()).isEqualTo(1);
    }

    @Test
    void pagesAreNumberedFromOne() {
        assertThatThrownBy(() -> listOf(10).onPage(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pages are numbered from 1");
    }

    private static ClaimsList listOf(int rows) {
        List<Row> all = IntStream.range(0, rows)
                .mapToObj(n -> new Row(
                        "supporting-families",
                        "Supporting Families",
                        "family-" + n,
                        "Family " + n,
                        "sustainedOutcomes",
                        true,
                        true,
                        BigDecimal.valueOf(800),
                        RowStatus.NOT_CLAIMED,
                        null,
                        null,
                        null))
                .toList();
        return ClaimsList.whole(TODAY, List.of(), all, 3);
    }
}
