package uk.joinedup.caseservice.rules;

/**
 * The record was erased when its retention ended: nothing more can be recorded on it (410 Gone). Its events
 * remain, unreadable, for the integrity of the event store.
 */
public class RecordErased extends RuntimeException {

    public RecordErased() {
        super("This record was erased when the council's retention period for it ended", null, false, false);
    }
}
