package uk.joinedup.caseservice.subjectaccess.api;

/** Who asked to see what is held about the person. */
public enum Requester {
    /** The person themselves. */
    THE_PERSON,
    /** A parent or guardian, for a child who cannot act for themselves. */
    PARENT_OR_GUARDIAN,
    /** Someone acting for the person with their authority: a solicitor, an advocate, an attorney. */
    REPRESENTATIVE
}
