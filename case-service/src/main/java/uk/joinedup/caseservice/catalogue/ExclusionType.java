package uk.joinedup.caseservice.catalogue;

/** Kinds of school exclusion. */
public enum ExclusionType {
    FIXED_TERM,
    PERMANENT
}
