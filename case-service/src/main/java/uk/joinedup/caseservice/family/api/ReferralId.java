package uk.joinedup.caseservice.family.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies a referral of a family into the programme. */
public record ReferralId(@JsonValue String value) {

    @JsonCreator
    public ReferralId {
        Objects.requireNonNull(value, "ReferralId");
    }

    @Override
    public String toString() {
        return value;
    }
}
