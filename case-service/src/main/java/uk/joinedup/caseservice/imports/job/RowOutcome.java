package uk.joinedup.caseservice.imports.job;

/** What the dry run found a row would do. */
public enum RowOutcome {
    /** About a registered person, confidently: recorded about them. */
    MATCHED,
    /** Perhaps about one of several people, or an identifier disagrees: a person decides. */
    TO_REVIEW,
    /** About nobody registered, and the extract type registers them. */
    NEW_PERSON,
    /** About nobody registered, and the extract type does not register people: not recorded. */
    NOT_MATCHED,
    /** Malformed: not recorded; the report says which column and why. */
    REFUSED,
    /** The same source key as an earlier row of the file: not recorded again. */
    DUPLICATE,
    /** Imported before, with the same content: nothing to do. */
    UNCHANGED
}
