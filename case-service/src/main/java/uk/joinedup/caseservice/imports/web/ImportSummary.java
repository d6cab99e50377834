package uk.joinedup.caseservice.imports.web;

import java.time.Instant;
import uk.joinedup.caseservice.imports.extracts.ExtractTypes;
import uk.joinedup.caseservice.imports.job.ImportJob;
import uk.joinedup.caseservice.imports.job.ImportStatus;

/** One of an agency's imports, as listed. */
record ImportSummary(
        String importId,
        String extractType,
        String extractTypeName,
        String fileName,
        String uploadedBy,
        Instant uploadedAt,
        ImportStatus status,
        int rowsTotal,
        int rowsDone) {

    static ImportSummary of(ImportJob job, ExtractTypes types) {
        return new ImportSummary(
                job.importId(),
                job.extractType(),
                types.nameOf(job.extractType()),
                job.fileName(),
                job.uploadedBy().name(),
                job.uploadedAt(),
                job.status(),
                job.rowsTotal(),
                job.rowsDone());
    }
}
