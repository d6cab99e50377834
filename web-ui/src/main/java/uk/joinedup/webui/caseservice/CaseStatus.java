package uk.joinedup.webui.caseservice;

/** Where a family's case stands. */
public enum CaseStatus {
    NOT_OPEN,
    OPEN,
    CLOSED
}
