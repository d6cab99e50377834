package uk.joinedup.caseservice.outcomes.claims.api;

/** Where a claim stands. */
public enum ClaimStatus {
    /** Prepared, not yet sent. */
    DRAFT,
    /** Sent to the paying department. */
    SUBMITTED,
    /** Paid. */
    PAID,
    /** Refused by the paying department: the result may be claimed again. */
    REJECTED;

    /** Whether this claim stands in the way of another claim for the same result. */
    public boolean holdsTheResult() {
        return this != REJECTED;
    }
}
