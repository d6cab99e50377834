package uk.joinedup.caseservice.personaldata;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies one erasure: proposed when retention ends, approved by an officer, then carried out. */
public record ErasureId(@JsonValue String value) {

    @JsonCreator
    public ErasureId {
        Objects.requireNonNull(value, "erasure id");
    }

    @Override
    public String toString() {
        return value;
    }
}
