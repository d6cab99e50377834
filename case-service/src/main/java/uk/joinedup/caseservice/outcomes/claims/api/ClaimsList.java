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
 * @param rows the rows, by scheme, family name and result
 * @param familiesWithFactsWithheld how many families in scope had facts the viewer may not see for this
 *     purpose: their evaluation may be short of what the records hold
 */
public record ClaimsList(
        LocalDate judgedOn, List<SchemeOption> schemes, List<Row> rows, int familiesWithFactsWithheld) {

    public ClaimsList {
        schemes = List.copyOf(schemes);
        rows = List.copyOf(rows);
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
