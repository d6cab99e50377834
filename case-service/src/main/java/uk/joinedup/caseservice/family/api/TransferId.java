package uk.joinedup.caseservice.family.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies a proposed transfer of a family's case to another agency. */
public record TransferId(@JsonValue String value) {

    @JsonCreator
    public TransferId {
        Objects.requireNonNull(value, "TransferId");
    }

    @Override
    public String toString() {
        return value;
    }
}
