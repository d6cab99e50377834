package uk.joinedup.caseservice.outcomes.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * A result as the scheme's evaluation judged it on a day, for a claim: worked out by the adapter from the
 * family's records (the aggregate reads no records and no clock).
 *
 * @param judgedOn the day the evaluation judged
 * @param achieved whether the family is eligible and the result is met on that day
 * @param paymentYear the financial year whose amounts apply, or null if the scheme's amounts do not vary
 * @param amount what the result earns, the cap applied
 * @param evidence the facts that satisfied it: ids only
 */
public record JudgedResult(
        LocalDate judgedOn, boolean achieved, String paymentYear, BigDecimal amount, List<FactId> evidence) {

    public JudgedResult {
        Objects.requireNonNull(judgedOn, "judgedOn");
        Objects.requireNonNull(amount, "amount");
        evidence = List.copyOf(evidence);
    }
}
