package uk.joinedup.caseservice.family.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies one whole-family assessment. */
public record AssessmentId(@JsonValue String value) {

    @JsonCreator
    public AssessmentId {
        Objects.requireNonNull(value, "AssessmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
