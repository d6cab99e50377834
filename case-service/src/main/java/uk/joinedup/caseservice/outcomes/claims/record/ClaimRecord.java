package uk.joinedup.caseservice.outcomes.claims.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimStatus;

/**
 * Every claim made for one result of one scheme for one family.
 *
 * @param claimId {@code scheme/family/result}
 * @param claims every claim, oldest first; the last is the current one
 * @param version the sequence number of the last event: the version clients send back
 */
public record ClaimRecord(
        @JsonProperty("_id") String claimId,
        String scheme,
        String familyId,
        String result,
        List<Claim> claims,
        long version) {

    public ClaimRecord {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** The latest claim. */
    public Claim current() {
        return claims.get(claims.size() - 1);
    }

    /**
     * One claim and where it stands.
     *
     * @param reference how people refer to it: the claim id and its number
     * @param evidence the ids of the facts that satisfied the result when it was drafted
     * @param statusOn the day it reached its status
     * @param draftedBy the manager who drafted it
     * @param rejectionReason why it was rejected, or null
     */
    public record Claim(
            int number,
            String reference,
            ClaimStatus status,
            LocalDate statusOn,
            BigDecimal amount,
            String paymentYear,
            LocalDate judgedOn,
            List<String> evidence,
            LocalDate draftedOn,
            String draftedBy,
            LocalDate submittedOn,
            LocalDate paidOn,
            LocalDate rejectedOn,
            String rejectionReason) {

        public Claim {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        Claim moved(ClaimStatus to, LocalDate on) {
            return new Claim(
                    number,
                    reference,
                    to,
                    on,
                    amount,
                    paymentYear,
                    judgedOn,
                    evidence,
                    draftedOn,
                    draftedBy,
                    to == ClaimStatus.SUBMITTED ? on : submittedOn,
                    to == ClaimStatus.PAID ? on : paidOn,
                    to == ClaimStatus.REJECTED ? on : rejectedOn,
                    rejectionReason);
        }

        Claim because(String reason) {
            return new Claim(
                    number,
                    reference,
                    status,
                    statusOn,
                    amount,
                    paymentYear,
                    judgedOn,
                    evidence,
                    draftedOn,
                    draftedBy,
                    submittedOn,
                    paidOn,
                    rejectedOn,
                    reason);
        }
    }
}
