package uk.joinedup.caseservice.retention.evaluation;

import java.util.List;
import uk.joinedup.caseservice.retention.schedules.Records;

/**
 * When retention of a subject's records ends: per category held, and overall (the latest, or not while a
 * case is open, or undecided if any category is).
 */
public record Retention(Records records, List<CategoryRetention> categories, Ends overall) {

    public Retention {
        categories = List.copyOf(categories);
    }
}
