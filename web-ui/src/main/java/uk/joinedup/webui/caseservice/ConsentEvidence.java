package uk.joinedup.webui.caseservice;

/** How a consent to share was evidenced. */
public enum ConsentEvidence {
    SIGNED_FORM,
    ELECTRONIC_SIGNATURE,
    VERBAL_WITH_WITNESS,
    VERBAL_ON_RECORDED_CALL,
    EMAIL_OR_LETTER
}
