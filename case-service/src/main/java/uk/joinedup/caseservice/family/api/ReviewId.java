package uk.joinedup.caseservice.family.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies a review of a family's case. */
public record ReviewId(@JsonValue String value) {

    @JsonCreator
    public ReviewId {
        Objects.requireNonNull(value, "ReviewId");
    }

    @Override
    public String toString() {
        return value;
    }
}
