package uk.joinedup.webui.caseservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The claims page as case-service answers it: a row per family, scheme and result for the families the
 * manager's agency is involved in.
 *
 * @param familiesWithFactsWithheld families whose evaluation left out facts the manager may not see
 */
public record ClaimsList(
        LocalDate judgedOn, List<SchemeOption> schemes, List<Row> rows, int familiesWithFactsWithheld) {

    public ClaimsList {
        schemes = schemes == null ? List.of() : List.copyOf(schemes);
        rows = rows == null ? List.of() : List.copyOf(rows);
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
