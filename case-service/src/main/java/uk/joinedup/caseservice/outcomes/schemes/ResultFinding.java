package uk.joinedup.caseservice.outcomes.schemes;

import java.math.BigDecimal;
import java.util.List;

/**
 * A payable result of a scheme and what it earns.
 *
 * @param finding whether the result is achieved, with all its evidence
 * @param parts the findings it combines, each with its own evidence (empty for a single criterion)
 * @param listed the amount the scheme file lists for it in the family's payment year (zero if none)
 * @param earned what it earns once the cap is applied: zero if not achieved or the family is not eligible
 */
public record ResultFinding(Finding finding, List<Finding> parts, BigDecimal listed, BigDecimal earned) {

    public ResultFinding {
        parts = List.copyOf(parts);
    }

    /** One of its parts, by name. */
    public Finding part(String criterion) {
        return parts.stream()
                .filter(part -> part.criterion().equals(criterion))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No part " + criterion));
    }
}
