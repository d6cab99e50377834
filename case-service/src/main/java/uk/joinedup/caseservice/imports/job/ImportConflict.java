package uk.joinedup.caseservice.imports.job;

/** The import, or the row, is not where the request assumed: it was started or decided already (409). */
public class ImportConflict extends RuntimeException {

    ImportConflict(String message) {
        super(message, null, false, false);
    }
}
