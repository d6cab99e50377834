package uk.joinedup.caseservice.imports.job;

/** What a person decides about a row to review. */
public enum ReviewChoice {
    /** It is about the person named (one suggested, or another they found). */
    MATCH,
    /** It is about someone nobody has registered: register them (only for types that register people). */
    NEW_PERSON,
    /** It is not imported. */
    SKIP
}
