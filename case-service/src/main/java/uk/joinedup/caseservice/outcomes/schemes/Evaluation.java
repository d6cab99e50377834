package uk.joinedup.caseservice.outcomes.schemes;

import java.math.BigDecimal;
import java.util.List;

/**
 * A family evaluated against one scheme on one date.
 *
 * @param scheme the scheme's id (its file name without extension)
 * @param eligible whether the family meets the scheme's entry criteria
 * @param entry each entry criterion
 * @param paymentYear the financial year whose amounts apply, e.g. 2012/13; null for a scheme whose amounts
 *     do not vary by year (Supporting Families), or when the file lists no amounts for the year
 * @param yearsListed the financial years the scheme file lists amounts for, in its order; empty for a scheme
 *     whose amounts do not vary by year. A family that joined in another year earns nothing
 * @param attachmentFee the fee for attaching the family, zero if not eligible (Troubled Families: also the
 *     first of {@code results}, as {@code attachmentFee}, so that it is claimed like a result)
 * @param results each payable result, in the order the cap is applied
 * @param total the attachment fee and results earned, never above the cap
 * @param capReached whether the cap cut what the family would otherwise earn
 */
public record Evaluation(
        String scheme,
        boolean eligible,
        List<Finding> entry,
        String paymentYear,
        List<String> yearsListed,
        BigDecimal attachmentFee,
        List<ResultFinding> results,
        BigDecimal total,
        boolean capReached) {

    public Evaluation {
        entry = List.copyOf(entry);
        yearsListed = List.copyOf(yearsListed);
        results = List.copyOf(results);
    }

    /** The finding on one entry criterion, by name. */
    public Finding entry(String criterion) {
        return entry.stream()
                .filter(finding -> finding.criterion().equals(criterion))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No entry criterion " + criterion));
    }

    /** One result, by its criterion name. */
    public ResultFinding result(String criterion) {
        return results.stream()
                .filter(result -> result.finding().criterion().equals(criterion))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No result " + criterion));
    }
}
