package uk.joinedup.webui.caseservice;

/** Why case-service did not show the user some entries. */
public enum WithheldReason {
    /** The user's roles (information governance, administration) show no case content. */
    ROLE_SHOWS_NO_CASE_CONTENT,
    /** The user does not work with the family. */
    NO_RELATIONSHIP,
    /** It happened before the person joined the household the user works with. */
    BEFORE_THEY_JOINED,
    /** No consent or sharing agreement covers the user's agency for this kind of information today. */
    NO_CONSENT,
    /** Health and substance misuse information needs the person's explicit consent. */
    NO_EXPLICIT_CONSENT
}
