package uk.joinedup.caseservice.imports.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import uk.joinedup.caseservice.agency.Actor;

/**
 * One upload of an extract and its work, kept in the store so that it survives a restart.
 *
 * @param uploadedBy who uploaded it; the import records its facts as whoever started it
 * @param startedBy who started the import after the dry run, or null before
 * @param chunks the parts its rows are kept in ({@link ImportStore#ROWS_A_CHUNK} each)
 * @param chunksDone the parts the current phase has finished
 * @param rowsDone the rows the current phase has finished
 * @param phaseStartedAt when the current phase started (or resumed), to tell the time left
 * @param rowsDoneAtPhaseStart the rows done when it started (or resumed)
 * @param resumedAfterRestart whether the service restarted while the job was running and it carried on
 * @param refusals the first refused rows' problems, for the report page; the rest are in the full report
 */
public record ImportJob(
        @JsonProperty("_id") String importId,
        String agencyId,
        String extractType,
        String fileName,
        Actor uploadedBy,
        Instant uploadedAt,
        Actor startedBy,
        ImportStatus status,
        int rowsTotal,
        int chunks,
        int chunksDone,
        int rowsDone,
        Instant phaseStartedAt,
        int rowsDoneAtPhaseStart,
        boolean resumedAfterRestart,
        ImportCounts counts,
        List<RowProblem> refusals,
        int refusalsTotal) {

    /** How many refused rows' problems the job keeps for the report page. */
    static final int REFUSALS_KEPT = 100;

    public ImportJob {
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
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
                ImportStatus.CHECKING,
                rows,
                chunks,
                0,
                0,
                at,
                0,
                false,
                ImportCounts.none(),
                List.of(),
                0);
    }

    ImportJob progressed(int chunksDone, int rowsDone) {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                startedBy,
                status,
                rowsTotal,
                chunks,
                chunksDone,
                rowsDone,
                phaseStartedAt,
                rowsDoneAtPhaseStart,
                resumedAfterRestart,
                counts,
                refusals,
                refusalsTotal);
    }

    ImportJob checked(ImportCounts counts, List<RowProblem> refusals, int refusalsTotal) {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                startedBy,
                ImportStatus.CHECKED,
                rowsTotal,
                chunks,
                chunks,
                rowsTotal,
                phaseStartedAt,
                rowsDoneAtPhaseStart,
                resumedAfterRestart,
                counts,
                refusals,
                refusalsTotal);
    }

    ImportJob importing(Actor by, Instant at) {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                by,
                ImportStatus.IMPORTING,
                rowsTotal,
                chunks,
                0,
                0,
                at,
                0,
                resumedAfterRestart,
                counts,
                refusals,
                refusalsTotal);
    }

    ImportJob counted(ImportCounts counts) {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                startedBy,
                status,
                rowsTotal,
                chunks,
                chunksDone,
                rowsDone,
                phaseStartedAt,
                rowsDoneAtPhaseStart,
                resumedAfterRestart,
                counts,
                refusals,
                refusalsTotal);
    }

    ImportJob imported() {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                startedBy,
                ImportStatus.IMPORTED,
                rowsTotal,
                chunks,
                chunks,
                rowsTotal,
                phaseStartedAt,
                rowsDoneAtPhaseStart,
                resumedAfterRestart,
                counts,
                refusals,
                refusalsTotal);
    }

    /** Carried on after a restart: the time left is told from the rate since. */
    ImportJob resumed(Instant at) {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                startedBy,
                status,
                rowsTotal,
                chunks,
                chunksDone,
                rowsDone,
                at,
                rowsDone,
                true,
                counts,
                refusals,
                refusalsTotal);
    }

    /** The dry run starts again from the first row (it keeps nothing but its report, written at its end). */
    ImportJob checkingAgain(Instant at) {
        return new ImportJob(
                importId,
                agencyId,
                extractType,
                fileName,
                uploadedBy,
                uploadedAt,
                startedBy,
                ImportStatus.CHECKING,
                rowsTotal,
                chunks,
                0,
                0,
                at,
                0,
                true,
                ImportCounts.none(),
                List.of(),
                0);
    }

    boolean running() {
        return status == ImportStatus.CHECKING || status == ImportStatus.IMPORTING;
    }
}
