package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * The rows of the agency's imports whose person is for the data officer to decide: the first 50, those of
 * the oldest import first.
 *
 * @param total every row waiting, listed or not
 */
public record ReviewQueue(int total, List<Row> rows) {

    public ReviewQueue {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** A row waiting: where it is from, who the extract says it is about, and the people it may be. */
    public record Row(
            String importId,
            String fileName,
            String extractTypeName,
            int row,
            ExtractPerson person,
            List<Candidate> candidates) {

        public Row {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }
    }

    /** The person as the extract names them; any part may be missing (null). */
    public record ExtractPerson(String givenNames, String familyName, LocalDate dateOfBirth, String postcode) {}

    /** A known person the row may be about, how likely (out of 100) and why. */
    public record Candidate(
            String personId,
            String givenNames,
            String familyName,
            LocalDate dateOfBirth,
            int score,
            List<String> reasons) {

        public Candidate {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }
}
