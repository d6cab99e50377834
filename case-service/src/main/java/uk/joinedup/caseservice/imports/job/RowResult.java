package uk.joinedup.caseservice.imports.job;

/**
 * What importing one row did.
 *
 * @param reason why the record refused it, in plain words, or null
 */
public record RowResult(State state, String personId, String reason) {

    public enum State {
        /** Its fact is recorded (or corrected). */
        IMPORTED,
        /** Its fact was recorded before: nothing changed. */
        UNCHANGED,
        /** The record refused it. */
        REFUSED
    }
}
