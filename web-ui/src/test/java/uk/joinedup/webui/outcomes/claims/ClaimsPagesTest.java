package uk.joinedup.webui.outcomes.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.joinedup.webui.caseservice.ClaimsList;
import uk.joinedup.webui.caseservice.ClaimsList.Row;

/** The claims list's pages: their addresses keep the filters, and each says which rows it shows. */
class ClaimsPagesTest {

    @Test
    void aPagesAddressKeepsTheFiltersAndLeavesOutTheFirstPagesNumber() {
        assertThat(ClaimsController.pageLink("supporting-families", "DRAFT", 3))
                .isEqualTo("/claims?scheme=supporting-families&status=DRAFT&page=3");
        assertThat(ClaimsController.pageLink("supporting-families", null, 1))
                .isEqualTo("/claims?scheme=supporting-families");
        assertThat(ClaimsController.pageLink(null, null, 2)).isEqualTo("/claims?page=2");
    }

    @ParameterizedTest(name = "page {0} of {2} rows, {1} on it: rows {3} to {4}")
    @CsvSource({"1, 50, 120, 1, 50", "3, 20, 120, 101, 120", "2, 0, 50, 0, 0"})
    void aPageSaysWhichRowsOfTheWholeListItShows(int page, int onPage, int total, int first, int last) {
        Row row = new Row("s", "Scheme", "f", "Family", "r", true, true, null, "NOT_CLAIMED", null, null, null);
        ClaimsList list = new ClaimsList(
                LocalDate.of(2026, 12, 3), List.of(), Collections.nCopies(onPage, row), 0, page, total, 3);

        assertThat(list.firstRow()).isEqualTo(first);
        assertThat(list.lastRow()).isEqualTo(last);
    }
}
