package uk.joinedup.caseservice.subjectaccess.api;

/** How the officer was satisfied of the requester's identity (and, for someone acting for the person, their authority). */
public enum IdentityCheck {
    /** Photographic identification seen. */
    PHOTO_IDENTIFICATION,
    /** Documents checked: a bill, a bank statement, a letter from an agency. */
    DOCUMENTS,
    /** Known to a practitioner who confirmed who they are. */
    KNOWN_TO_A_PRACTITIONER,
    /** A signed authority from the person, or a court order or power of attorney, seen. */
    SIGNED_AUTHORITY
}
