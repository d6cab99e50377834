package uk.joinedup.webui.caseservice;

import java.time.LocalDate;

/**
 * What starting a subject access request sends.
 *
 * @param requesterName who asked, unless the person did
 * @param identityNote what was seen, in the officer's words, or null
 */
public record SubjectAccessStart(
        String personId,
        Requester requester,
        String requesterName,
        IdentityCheck identityCheck,
        String identityNote,
        LocalDate receivedOn) {

    /** Who asked to see what is held about the person. */
    public enum Requester {
        THE_PERSON,
        PARENT_OR_GUARDIAN,
        REPRESENTATIVE
    }

    /** How the officer was satisfied of the requester's identity (and authority). */
    public enum IdentityCheck {
        PHOTO_IDENTIFICATION,
        DOCUMENTS,
        KNOWN_TO_A_PRACTITIONER,
        SIGNED_AUTHORITY
    }
}
