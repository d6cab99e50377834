package uk.joinedup.caseservice.family.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies one version of a family's support plan. */
public record PlanId(@JsonValue String value) {

    @JsonCreator
    public PlanId {
        Objects.requireNonNull(value, "PlanId");
    }

    @Override
    public String toString() {
        return value;
    }
}
