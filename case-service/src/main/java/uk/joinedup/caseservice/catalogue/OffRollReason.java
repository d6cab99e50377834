package uk.joinedup.caseservice.catalogue;

/** Why a child came off a school roll without joining another school's. */
public enum OffRollReason {
    ELECTIVE_HOME_EDUCATION,
    CHILD_MISSING_EDUCATION,
    PERMANENT_EXCLUSION,
    OTHER
}
