package uk.joinedup.caseservice.person.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies a person across every agency. */
public record PersonId(@JsonValue String value) {

    @JsonCreator
    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    @Override
    public String toString() {
        return value;
    }
}
