package uk.joinedup.webui.caseservice;

/** Where an uploaded extract is: checked row by row (a dry run), then imported once the data officer says so. */
public enum ImportStatus {
    /** The dry run is going through the rows. */
    CHECKING,
    /** The dry run's report is ready: the data officer may import the file. */
    CHECKED,
    /** The rows are being imported. */
    IMPORTING,
    /** Every row that could be was imported. */
    IMPORTED,
    /** The data officer discarded the file after its dry run: nothing was recorded. */
    DISCARDED;

    /** Still going through the rows: its page follows it until it stops. */
    public boolean inProgress() {
        return this == CHECKING || this == IMPORTING;
    }
}
