package uk.joinedup.caseservice.imports.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A person's decision about a row to review.
 *
 * @param id the import's id and the row's number ({@link #idOf})
 * @param personId who it is about (matched, or registered for it), or null when skipped
 */
record ReviewDecision(
        @JsonProperty("_id") String id, ReviewChoice decision, String personId, String decidedBy, Instant decidedAt) {

    static String idOf(String importId, int row) {
        return importId + "~" + row;
    }
}
