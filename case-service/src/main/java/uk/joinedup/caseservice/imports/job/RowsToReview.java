package uk.joinedup.caseservice.imports.job;

import java.util.List;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;

/**
 * The first rows of an agency's imports that wait for a person to decide who they are about, oldest import
 * first, and how many wait in all.
 */
public record RowsToReview(int total, List<RowToReview> rows) {

    public RowsToReview {
        rows = List.copyOf(rows);
    }

    /** A row, what it says of who it is about, and who it may be. */
    public record RowToReview(ImportJob job, int row, ExtractIdentity identity, List<Suggestion> suggestions) {}
}
