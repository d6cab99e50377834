package uk.joinedup.caseservice.outcomes.claims.api;

/** Everything that can happen to the claims of one result, in the past tense. */
public sealed interface ClaimEvent permits ClaimDrafted, ClaimSubmitted, ClaimPaid, ClaimRejected {

    ClaimId claimId();

    /** Which claim of the result, counting from 1: a result rejected once is claimed again as claim 2. */
    int claimNumber();
}
