package uk.joinedup.caseservice.outcomes.claims.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import uk.joinedup.caseservice.family.api.FamilyId;

/**
 * Identifies the claims for one result of one scheme for one family: {@code scheme/family/result}. Derived,
 * never chosen, so that two claims for the same result land on the same stream and meet the same rule.
 */
public record ClaimId(@JsonValue String value) {

    @JsonCreator
    public ClaimId {
        Objects.requireNonNull(value, "claim id");
    }

    /** The claims of {@code result} under {@code scheme} for {@code family}. */
    public static ClaimId of(String scheme, FamilyId family, String result) {
        return new ClaimId(scheme + "/" + family.value() + "/" + result);
    }

    /** How people refer to the claim numbered {@code number} of this result: {@code scheme/family/result#2}. */
    public String reference(int number) {
        return value + "#" + number;
    }

    @Override
    public String toString() {
        return value;
    }
}
