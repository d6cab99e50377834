package uk.joinedup.caseservice.retention.due;

/**
 * A family's case as retention sees it: open, and the day it last closed (ISO, null if it never has).
 * Stored as an entry of a document's map, one atomic update.
 */
record CaseState(boolean open, String lastClosed) {

    static final CaseState NONE = new CaseState(false, null);
}
