package uk.joinedup.webui.caseservice;

import java.time.Instant;

/**
 * An extract the user's agency uploaded, as its list of imports shows it.
 *
 * @param rowsTotal the file's rows
 * @param rowsDone the rows checked (while {@link ImportStatus#CHECKING}) or imported so far
 */
public record ImportSummary(
        String importId,
        String extractType,
        String extractTypeName,
        String fileName,
        String uploadedBy,
        Instant uploadedAt,
        ImportStatus status,
        int rowsTotal,
        int rowsDone) {}
