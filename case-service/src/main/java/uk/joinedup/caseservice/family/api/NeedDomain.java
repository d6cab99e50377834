package uk.joinedup.caseservice.family.api;

/** The areas a whole-family assessment scores (Common Assessment Framework style). */
public enum NeedDomain {
    FAMILY,
    EDUCATION,
    OFFENDING,
    WORK,
    HEALTH,
    HOUSING,
    MONEY
}
