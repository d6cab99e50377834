package uk.joinedup.caseservice.emergency.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies one emergency override: its own event stream. */
public record OverrideId(@JsonValue String value) {

    @JsonCreator
    public OverrideId {
        Objects.requireNonNull(value, "override id");
    }

    @Override
    public String toString() {
        return value;
    }
}
