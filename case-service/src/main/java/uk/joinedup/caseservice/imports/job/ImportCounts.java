package uk.joinedup.caseservice.imports.job;

import java.util.Map;

/**
 * How many rows had each outcome in the dry run, and how many are recorded so far.
 *
 * @param changed rows imported before whose content changed: their facts are corrected (counted in matched)
 * @param imported rows recorded by this import (or decided in the review queue and recorded)
 * @param refusedAtImport rows the record refused when they were imported (a rule of the record the dry run
 *     cannot know, such as a fact dated after the person's death)
 */
public record ImportCounts(
        int matched,
        int toReview,
        int newPeople,
        int notMatched,
        int refused,
        int duplicates,
        int unchanged,
        int changed,
        int imported,
        int refusedAtImport) {

    static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static ImportCounts of(Map<RowOutcome, Integer> outcomes, int changed) {
        return new ImportCounts(
                outcomes.getOrDefault(RowOutcome.MATCHED, 0),
                outcomes.getOrDefault(RowOutcome.TO_REVIEW, 0),
                outcomes.getOrDefault(RowOutcome.NEW_PERSON, 0),
                outcomes.getOrDefault(RowOutcome.NOT_MATCHED, 0),
                outcomes.getOrDefault(RowOutcome.REFUSED, 0),
                outcomes.getOrDefault(RowOutcome.DUPLICATE, 0),
                outcomes.getOrDefault(RowOutcome.UNCHANGED, 0),
                changed,
                0,
                0);
    }

    ImportCounts plus(int importedMore, int refusedMore) {
        return new ImportCounts(
                matched,
                toReview,
                newPeople,
                notMatched,
                refused,
                duplicates,
                unchanged,
                changed,
                imported + importedMore,
                refusedAtImport + refusedMore);
    }
}
