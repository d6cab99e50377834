package uk.joinedup.webui.caseservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The claims page as case-service answers it: a row per family, scheme and result for the families the
 * manager's agency is involved in.
 *
 * @param rows the rows on this page
 * @param familiesWithFactsWithheld families whose evaluation left out facts the manager may not see
 * @param page this page's number, from 1
 * @param totalRows how many rows the whole list holds
 * @param totalPages how many pages it takes
 */
public record ClaimsList(
        LocalDate judgedOn,
        List<SchemeOption> schemes,
        List<Row> rows,
        int familiesWithFactsWithheld,
        int page,
        int totalRows,
        int totalPages) {

    /** Rows on a page, as case-service pages the list. */
    private static final int ROWS_A_PAGE = 50;

    public ClaimsList {
        schemes = schemes == null ? List.of() : List.copyOf(schemes);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** The number of this page's first row in the whole list, from 1. */
    public int firstRow() {
        return rows.isEmpty() ? 0 : (page - 1) * ROWS_A_PAGE + 1;
    }

    /** The number of this page's last row in the whole list. */
    public int lastRow() {
        return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
    }

    /** A scheme by id and name. */
    public record SchemeOption(String id, String name) {}

    /** One result of one scheme for one family, and its latest claim. */
    public record Row(
            String scheme,
            String schemeName,
            String familyId,
            String familyName,
            String result,
            boolean eligible,
            boolean achieved,
            BigDecimal earned,
            String status,
            String reference,
            LocalDate statusOn,
            BigDecimal claimed) {}
}
