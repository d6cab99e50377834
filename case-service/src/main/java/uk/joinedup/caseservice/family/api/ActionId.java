package uk.joinedup.caseservice.family.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies an action in a support plan. */
public record ActionId(@JsonValue String value) {

    @JsonCreator
    public ActionId {
        Objects.requireNonNull(value, "ActionId");
    }

    @Override
    public String toString() {
        return value;
    }
}
