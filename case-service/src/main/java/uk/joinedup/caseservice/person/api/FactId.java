package uk.joinedup.caseservice.person.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies one fact in a person's record. */
public record FactId(@JsonValue String value) {

    @JsonCreator
    public FactId {
        Objects.requireNonNull(value, "fact id");
    }

    @Override
    public String toString() {
        return value;
    }
}
