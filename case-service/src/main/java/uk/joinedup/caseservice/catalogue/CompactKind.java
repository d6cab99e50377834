package uk.joinedup.caseservice.catalogue;

/** An agreement made with a family. */
public enum CompactKind {
    FAMILY_COMPACT,
    PARENTING_CONTRACT
}
