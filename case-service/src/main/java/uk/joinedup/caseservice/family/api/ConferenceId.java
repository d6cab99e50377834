package uk.joinedup.caseservice.family.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies a case conference or panel held about a family. */
public record ConferenceId(@JsonValue String value) {

    @JsonCreator
    public ConferenceId {
        Objects.requireNonNull(value, "ConferenceId");
    }

    @Override
    public String toString() {
        return value;
    }
}
