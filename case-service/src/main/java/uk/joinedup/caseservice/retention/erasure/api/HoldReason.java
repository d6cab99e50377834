package uk.joinedup.caseservice.retention.erasure.api;

/** Why an erasure is held rather than approved. */
public enum HoldReason {
    /** A legal hold: the records must be preserved for litigation or an inquiry. */
    LEGAL_HOLD,
    /** Proceedings (care, criminal, a complaint or tribunal) that the records may be needed for. */
    ONGOING_PROCEEDINGS,
    /** Another reason, given in the note. */
    OTHER
}
