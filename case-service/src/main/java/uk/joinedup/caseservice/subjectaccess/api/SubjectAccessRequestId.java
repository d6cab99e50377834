package uk.joinedup.caseservice.subjectaccess.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies one subject access request: its own event stream. */
public record SubjectAccessRequestId(@JsonValue String value) {

    @JsonCreator
    public SubjectAccessRequestId {
        Objects.requireNonNull(value, "subject access request id");
    }

    @Override
    public String toString() {
        return value;
    }
}
