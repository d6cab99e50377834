package uk.joinedup.caseservice.imports.web;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.imports.job.RowsToReview;
import uk.joinedup.caseservice.imports.job.Suggestion;

/** The rows waiting for a person to decide who they are about: the first of them, and how many in all. */
record ReviewRowsView(int total, List<ReviewRow> rows) {

    static ReviewRowsView of(RowsToReview review, java.util.function.Function<String, String> typeNames) {
        return new ReviewRowsView(
                review.total(),
                review.rows().stream()
                        .map(row -> new ReviewRow(
                                row.job().importId(),
                                row.job().fileName(),
                                typeNames.apply(row.job().extractType()),
                                row.row(),
                                new ExtractPerson(
                                        row.identity().givenNames(),
                                        row.identity().familyName(),
                                        row.identity().dateOfBirth(),
                                        row.identity().postcode()),
                                row.suggestions()))
                        .toList());
    }

    /** A row, what it says of who it is about, and the registered people it may be about, best first. */
    record ReviewRow(
            String importId,
            String fileName,
            String extractTypeName,
            int row,
            ExtractPerson person,
            List<Suggestion> candidates) {}

    /** What the row says of who it is about; any part may be null. */
    record ExtractPerson(String givenNames, String familyName, LocalDate dateOfBirth, String postcode) {}
}
