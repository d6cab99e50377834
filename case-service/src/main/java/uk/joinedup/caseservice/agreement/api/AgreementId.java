package uk.joinedup.caseservice.agreement.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies an information sharing agreement across its versions. */
public record AgreementId(@JsonValue String value) {

    @JsonCreator
    public AgreementId {
        Objects.requireNonNull(value, "agreement id");
    }

    @Override
    public String toString() {
        return value;
    }
}
