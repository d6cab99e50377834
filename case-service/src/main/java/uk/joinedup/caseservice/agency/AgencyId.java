package uk.joinedup.caseservice.agency;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** An agency as identity-service knows it, e.g. {@code southampton-probation}. */
public record AgencyId(@JsonValue String value) {

    @JsonCreator
    public AgencyId {
        Objects.requireNonNull(value, "agency id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("agency id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
