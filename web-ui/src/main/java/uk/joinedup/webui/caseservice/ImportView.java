package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.util.List;

/**
 * One uploaded extract: how far its dry run or import has gone, and what the dry run found.
 *
 * @param secondsLeft case-service's estimate of the time left, or null when it has none
 * @param resumedAfterRestart case-service restarted during the work and carried on where it stopped
 * @param refusals the first of the rows refused (at most 100)
 * @param refusalsTotal every row refused
 */
public record ImportView(
        String importId,
        String extractType,
        String extractTypeName,
        String fileName,
        String uploadedBy,
        Instant uploadedAt,
        ImportStatus status,
        int rowsTotal,
        int rowsDone,
        Integer secondsLeft,
        boolean resumedAfterRestart,
        Counts counts,
        List<Refusal> refusals,
        int refusalsTotal) {

    public ImportView {
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
        counts = counts == null ? new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0) : counts;
    }

    /** The rows refused that the page does not list: the full report has them. */
    public int refusalsNotShown() {
        return Math.max(0, refusalsTotal - refusals.size());
    }

    /** The rows that starting the import imports straight away: those matched and those of new people. */
    public int rowsToImport() {
        return counts.matched() + counts.newPeople();
    }

    /**
     * What became of the rows, by outcome.
     *
     * @param matched matched confidently to a person
     * @param toReview waiting for the data officer to decide who they are about
     * @param newPeople a new person will be (or was) registered for
     * @param notMatched about nobody known, of an extract that may not register people: not imported
     * @param refused malformed
     * @param duplicates repeating an earlier row of the same file
     * @param unchanged imported before with the same content
     * @param changed imported before with other content: importing corrects the fact (counted in matched)
     * @param imported imported so far
     * @param refusedAtImport refused by the person's record when imported (a fact dated after their death, say)
     */
    public record Counts(
            int matched,
            int toReview,
            int newPeople,
            int notMatched,
            int refused,
            int duplicates,
            int unchanged,
            int changed,
            int imported,
            int refusedAtImport) {}

    /** A row refused: its number in the file, the column at fault (or null) and why. */
    public record Refusal(int row, String column, String reason) {}
}
