package uk.joinedup.caseservice.budget.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import uk.joinedup.caseservice.family.api.FamilyId;

/** Identifies a family's budget: its own event stream, one per family. */
public record BudgetId(@JsonValue String value) {

    private static final String PREFIX = "budget:";

    @JsonCreator
    public BudgetId {
        Objects.requireNonNull(value, "budget id");
    }

    /** The budget of a family: one each, named apart from the family's own stream. */
    public static BudgetId of(FamilyId family) {
        return new BudgetId(PREFIX + family.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
