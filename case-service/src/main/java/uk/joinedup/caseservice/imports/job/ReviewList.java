package uk.joinedup.caseservice.imports.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The rows of one import that wait for a person to decide who they are about, written when it is imported. */
record ReviewList(@JsonProperty("_id") String importId, List<Entry> rows) {

    ReviewList {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** A row, and the part of the import it is kept in. */
    record Entry(int row, int chunk) {}
}
