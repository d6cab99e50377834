package uk.joinedup.caseservice.imports.matching;

/** What to do with a row. */
public enum Outcome {
    /** Apply it to the one person it matched. */
    APPLY,
    /** A data officer decides between the candidates, or that it is nobody known. */
    REVIEW,
    /** Nobody known is close enough to review. */
    NO_MATCH
}
