package uk.joinedup.webui.caseservice;

/** How a member belongs to the household. */
public enum Relationship {
    PARENT,
    CHILD,
    STEP_PARENT,
    PARTNER,
    SIBLING,
    CARER,
    OTHER
}
