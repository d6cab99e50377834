package uk.joinedup.caseservice.consent.api;

/** How a consent to share was evidenced. */
public enum ConsentEvidence {
    /** A consent form signed on paper and kept by the recording agency. */
    SIGNED_FORM,
    /** Signed electronically, for example on a tablet or through an online form. */
    ELECTRONIC_SIGNATURE,
    /** Given in words in front of a witness, who is named in the evidence note. */
    VERBAL_WITH_WITNESS,
    /** Given in words on a recorded telephone call. */
    VERBAL_ON_RECORDED_CALL,
    /** Given by email or letter, kept by the recording agency. */
    EMAIL_OR_LETTER
}
