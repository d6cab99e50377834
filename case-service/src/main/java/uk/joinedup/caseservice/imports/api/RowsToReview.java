package uk.joinedup.caseservice.imports.api;

import java.time.LocalDate;
import java.util.List;

/** The first rows waiting for a person to decide who they are about, oldest import first, and how many in all. */
public record RowsToReview(int total, List<ReviewRow> rows) {

    public RowsToReview {
        rows = List.copyOf(rows);
    }

    /** A row, what it says of who it is about, and the registered people it may be about, best first. */
    public record ReviewRow(
            String importId,
            String fileName,
            String extractTypeName,
            int row,
            ExtractPerson person,
            List<Suggestion> candidates) {

        public ReviewRow {
            candidates = List.copyOf(candidates);
        }
    }

    /** What the row says of who it is about; any part may be null. */
    public record ExtractPerson(String givenNames, String familyName, LocalDate dateOfBirth, String postcode) {}
}
