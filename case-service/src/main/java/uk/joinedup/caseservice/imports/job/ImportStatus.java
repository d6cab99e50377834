package uk.joinedup.caseservice.imports.job;

/** Where an import is. */
public enum ImportStatus {
    /** The dry run is matching its rows: nothing is recorded yet. */
    CHECKING,
    /** The dry run's report is ready: the data officer decides whether to import. */
    CHECKED,
    /** Its rows are being recorded. */
    IMPORTING,
    /** Every row that could be recorded is; rows a person must decide wait in the review queue. */
    IMPORTED,
    /** The data officer discarded the file after its dry run: nothing was recorded and its rows are not kept. */
    DISCARDED
}
