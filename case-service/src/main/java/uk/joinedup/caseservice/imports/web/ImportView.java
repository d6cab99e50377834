package uk.joinedup.caseservice.imports.web;

import java.time.Instant;
import java.util.List;
import uk.joinedup.caseservice.imports.job.ImportJob;
import uk.joinedup.caseservice.imports.job.ImportStatus;
import uk.joinedup.caseservice.imports.job.RowProblem;

/**
 * One import: where it is, and its dry run's report.
 *
 * @param secondsLeft the time left in the current phase at its rate so far, or null when there is none to tell
 * @param resumedAfterRestart whether the service restarted while it ran, and it carried on
 * @param refusals the first refused rows' problems (each with its row, column and reason)
 * @param refusalsTotal how many rows were refused or repeated an earlier row: the report lists them all
 */
record ImportView(
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
        RowCounts counts,
        List<RowProblem> refusals,
        int refusalsTotal) {

    static ImportView of(ImportJob job, String typeName, Integer secondsLeft, int importedAfterReview) {
        return new ImportView(
                job.importId(),
                job.extractType(),
                typeName,
                job.fileName(),
                job.uploadedBy().name(),
                job.uploadedAt(),
                job.status(),
                job.rowsTotal(),
                job.rowsDone(),
                secondsLeft,
                job.progress().resumedAfterRestart(),
                new RowCounts(
                        job.counts().matched(),
                        job.counts().toReview(),
                        job.counts().newPeople(),
                        job.counts().notMatched(),
                        job.counts().refused(),
                        job.counts().duplicates(),
                        job.counts().unchanged(),
                        job.counts().changed(),
                        job.counts().imported() + importedAfterReview,
                        job.counts().refusedAtImport()),
                job.report().refusals(),
                job.report().refusalsTotal());
    }

    /**
     * How many rows had each outcome in the dry run, and how many are recorded.
     *
     * @param matched rows about a registered person, matched confidently (among them the changed)
     * @param toReview rows a person must decide who they are about
     * @param newPeople rows about someone nobody registered, whom the import registers
     * @param notMatched rows about nobody registered, of a type that does not register people: not imported
     * @param refused malformed rows: not imported
     * @param duplicates rows repeating an earlier row's source key: not imported again
     * @param unchanged rows imported before with the same content: nothing to do
     * @param changed rows imported before with other content: their facts are corrected
     * @param imported rows recorded, by the import and from the review queue
     * @param refusedAtImport rows the person's record refused when imported
     */
    record RowCounts(
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
}
