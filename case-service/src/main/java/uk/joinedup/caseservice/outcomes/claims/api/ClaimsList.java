package uk.joinedup.caseservice.outcomes.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The claims page: one row per family, scheme and result, for families eligible under the scheme or with a
 * claim for the result.
 *
 * @param judgedOn the day results are judged (today)
 * @param schemes every scheme, for the filter
 * @param rows the rows on this page, by scheme, family name and result
 * @param familiesWithFactsWithheld how many families in scope had facts the viewer may not see for this
 *     purpose: their evaluation may be short of what the records hold
 * @param page this page's number, from 1 ({@value #PAGE_SIZE} rows a page)
 * @param totalRows how many rows the whole list holds
 * @param totalPages how many pages it takes, at least 1
 */
public record ClaimsList(
        LocalDate judgedOn,
        List<SchemeOption> schemes,
        List<Row> rows,
        int familiesWithFactsWithheld,
        int page,
        int totalRows,
        int totalPages) {

    /** Rows on a page. */
    public static final int PAGE_SIZE = 50;

    public ClaimsList {
        schemes = List.copyOf(schemes);
        rows = List.copyOf(rows);
    }

    /** The whole list, every row on one page (as the CSV has it). */
    public static ClaimsList whole(
            LocalDate judgedOn, List<SchemeOption> schemes, List<Row> rows, int familiesWithFactsWithheld) {
        return new ClaimsList(judgedOn, schemes, rows, familiesWithFactsWithheld, 1, rows.size(), 1);
    }

    /** Page {@code number} (from 1) of the whole list; no rows past the last page. */
    public ClaimsList onPage(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1");
        }
        long from = (long) (number - 1) * PAGE_SIZE;
        List<Row> onPage = from >= rows.size()
                ? List.of()
                : rows.subList((int) from, (int) Math.min(rows.size(), from + PAGE_SIZE));
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new ClaimsList(judgedOn, schemes, onPage, familiesWithFactsWithheld, number, rows.size(), pages);
    }

    /** A scheme by id and name. */
    public record SchemeOption(String id, String name) {}

    /** Where a result's claim stands, NOT_CLAIMED when nobody has claimed it or its last claim was rejected. */
    public enum RowStatus {
        NOT_CLAIMED,
        DRAFT,
        SUBMITTED,
        PAID,
        REJECTED
    }

    /**
     * One result of one scheme for one family.
     *
     * @param eligible whether the family meets the scheme's entry criteria today
     * @param achieved whether the result is achieved today
     * @param earned what the result earns today, the cap applied
     * @param status where its latest claim stands
     * @param reference the latest claim's reference, or null
     * @param statusOn when the latest claim reached its status, or null
     * @param claimed the amount of the latest claim, or null
     */
    public record Row(
            String scheme,
            String schemeName,
            String familyId,
            String familyName,
            String result,
            boolean eligible,
            boolean achieved,
            BigDecimal earned,
            RowStatus status,
            String reference,
            LocalDate statusOn,
            BigDecimal claimed) {}
}
