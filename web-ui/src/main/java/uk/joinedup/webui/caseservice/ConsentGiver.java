package uk.joinedup.webui.caseservice;

/** Who gave a consent to share. */
public enum ConsentGiver {
    THE_PERSON,
    /** For a child: it stops covering them when they turn 18. */
    PARENT_OR_GUARDIAN,
    /** Someone holding a lasting power of attorney for the person. */
    ATTORNEY,
    ADVOCATE
}
