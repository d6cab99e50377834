package uk.joinedup.caseservice.family.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies a goal in a support plan. */
public record GoalId(@JsonValue String value) {

    @JsonCreator
    public GoalId {
        Objects.requireNonNull(value, "GoalId");
    }

    @Override
    public String toString() {
        return value;
    }
}
