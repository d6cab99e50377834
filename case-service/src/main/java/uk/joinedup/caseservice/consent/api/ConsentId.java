package uk.joinedup.caseservice.consent.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies one consent to share: its own event stream. */
public record ConsentId(@JsonValue String value) {

    @JsonCreator
    public ConsentId {
        Objects.requireNonNull(value, "consent id");
    }

    @Override
    public String toString() {
        return value;
    }
}
