package uk.joinedup.caseservice.outcomes.claims.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/** The results claimed for one family: the ids of their {@link ClaimRecord}s. */
record FamilyClaims(@JsonProperty("_id") String familyId, Set<String> claimIds) {

    static final String CLAIM_IDS = "claimIds";

    FamilyClaims {
        claimIds = claimIds == null ? Set.of() : Set.copyOf(claimIds);
    }
}
