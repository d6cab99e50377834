package uk.joinedup.caseservice.imports.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.joinedup.caseservice.agency.Actor;

/**
 * One upload of an extract and its work, kept in the store so that it survives a restart: what was uploaded,
 * by whom (the import records its facts as whoever started it), where its work is, and the dry run's report.
 *
 * @param startedBy who started the import after the dry run, or null before
 * @param chunks the parts its rows are kept in ({@link ImportStore#ROWS_A_CHUNK} each)
 * @param finishedAt when its rows were imported, or null before (and for an import finished before this was kept)
 * @param stagingForgottenAt when the rows it staged, their results and the review decisions were deleted ({@link
 *     StagingExpiry}): its counts stay; null while they are kept
 */
public record ImportJob(
        @JsonProperty("_id") String importId,
        String agencyId,
        String extractType,
        String fileName,
        Actor uploadedBy,
        Instant uploadedAt,
        Actor startedBy,
        int rowsTotal,
        int chunks,
        Progress progress,
        Report report,
        Instant finishedAt,
        Instant stagingForgottenAt) {

    /** How many refused rows' problems the job keeps for the report page. */
    static final int REFUSALS_KEPT = 100;

    /**
     * Where the current phase is.
     *
     * @param chunksDone the parts it has finished
     * @param rowsDone the rows it has finished
     * @param phaseStartedAt when it started (or carried on after a restart), to tell the time left
     * @param rowsDoneAtPhaseStart the rows done then
     * @param resumedAfterRestart whether the service restarted while the job was running and it carried on
     */
    public record Progress(
            ImportStatus status,
            int chunksDone,
            int rowsDone,
            Instant phaseStartedAt,
            int rowsDoneAtPhaseStart,
            boolean resumedAfterRestart) {

        static Progress startingAt(ImportStatus status, Instant at, boolean resumed) {
            return new Progress(status, 0, 0, at, 0, resumed);
        }

        Progress at(int chunksDone, int rowsDone) {
            return new Progress(
                    status, chunksDone, rowsDone, phaseStartedAt, rowsDoneAtPhaseStart, resumedAfterRestart);
        }

        Progress finished(ImportStatus finished, int chunks, int rows) {
            return new Progress(finished, chunks, rows, phaseStartedAt, rowsDoneAtPhaseStart, resumedAfterRestart);
        }

        Progress resumed(Instant at) {
            return new Progress(status, chunksDone, rowsDone, at, rowsDone, true);
        }
    }

    /**
     * The dry run's report.
     *
     * @param refusals the first refused rows' problems, for the report page; the rest are in the full report
     * @param refusalsTotal how many rows were refused or repeated an earlier row
     */
    public record Report(ImportCounts counts, List<RowProblem> refusals, int refusalsTotal) {

        public Report {
            refusals = refusals == null ? List.of() : List.copyOf(refusals);
        }

        static Report none() {
            return new Report(ImportCounts.none(), List.of(), 0);
        }
    }

    static ImportJob uploaded(
            String importId, String extractType, String fileName, Actor uploadedBy, Instant at, int rows, int chunks) {
        return new ImportJob(
                importId,
                uploadedBy.agency().value(),
                extractType,
                fileName,
                uploadedBy,
                at,
                null,
                rows,
                chunks,
                Progress.startingAt(ImportStatus.CHECKING, at, false),
                Report.none(),
                null,
                null);
    }

    public ImportStatus status() {
        return progress.status();
    }

    public int rowsDone() {
        return progress.rowsDone();
    }

    public ImportCounts counts() {
        return report.counts();
    }

    boolean running() {
        return status() == ImportStatus.CHECKING || status() == ImportStatus.IMPORTING;
    }

    ImportJob progressed(int chunksDone, int rowsDone) {
        return with(startedBy, progress.at(chunksDone, rowsDone), report);
    }

    ImportJob checked(Report dryRun) {
        return with(startedBy, progress.finished(ImportStatus.CHECKED, chunks, rowsTotal), dryRun);
    }

    ImportJob importing(Actor by, Instant at) {
        return with(by, Progress.startingAt(ImportStatus.IMPORTING, at, progress.resumedAfterRestart()), report);
    }

    ImportJob counted(ImportCounts counts) {
        return with(startedBy, progress, new Report(counts, report.refusals(), report.refusalsTotal()));
    }

    ImportJob imported(Instant at) {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                startedBy,
                rowsTotal,
                chunks,
                progress.finished(ImportStatus.IMPORTED, chunks, rowsTotal),
                report,
                at,
                null);
    }

    /**
     * Whether the rows it staged are kept: from its dry run until it is discarded, or until they are deleted some
     * time after it was imported.
     */
    boolean stagingKept() {
        return status() != ImportStatus.DISCARDED && stagingForgottenAt == null;
    }

    /**
     * When it finished importing; for an import that finished before that was kept, when its import (last) started,
     * minutes earlier. Empty while it has not finished importing.
     */
    Optional<Instant> finished() {
        if (status() != ImportStatus.IMPORTED) {
            return Optional.empty();
        }
        return Optional.of(finishedAt != null ? finishedAt : progress.phaseStartedAt());
    }

    /** Its staged rows, results and review decisions deleted: its report's counts stay. */
    ImportJob stagingForgotten(Instant at) {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                startedBy,
                rowsTotal,
                chunks,
                progress,
                report,
                finishedAt,
                at);
    }

    /** Discarded after its dry run by the data officer: no row recorded. */
    ImportJob discarded(Actor by) {
        return with(by, progress.finished(ImportStatus.DISCARDED, progress.chunksDone(), progress.rowsDone()), report);
    }

    /** Carried on after a restart: the time left is told from the rate since. */
    ImportJob resumed(Instant at) {
        return with(startedBy, progress.resumed(at), report);
    }

    /** The dry run starts again from the first row (it keeps nothing but its report, written at its end). */
    ImportJob checkingAgain(Instant at) {
        return with(startedBy, Progress.startingAt(ImportStatus.CHECKING, at, true), Report.none());
    }

    private ImportJob with(Actor started, Progress now, Report reported) {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                started,
                rowsTotal,
                chunks,
                now,
                reported,
                finishedAt,
                stagingForgottenAt);
    }
}
