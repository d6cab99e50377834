package uk.joinedup.webui.caseservice;

/** The areas a whole-family assessment scores, each from 0 (no need) to 4 (severe need). */
public enum NeedDomain {
    FAMILY,
    EDUCATION,
    OFFENDING,
    WORK,
    HEALTH,
    HOUSING,
    MONEY
}
