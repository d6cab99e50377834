package uk.joinedup.caseservice.family.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies a family (household) and its case. */
public record FamilyId(@JsonValue String value) {

    @JsonCreator
    public FamilyId {
        Objects.requireNonNull(value, "FamilyId");
    }

    @Override
    public String toString() {
        return value;
    }
}
