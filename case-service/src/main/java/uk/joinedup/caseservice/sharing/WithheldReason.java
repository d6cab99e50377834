package uk.joinedup.caseservice.sharing;

/** Why an entry is not shown to a viewer. */
public enum WithheldReason {
    /** The viewer's roles (information governance, administration) show no case content. */
    ROLE_SHOWS_NO_CASE_CONTENT,
    /**
     * The viewer does not work with the family, and has no override; or, identifying families early, is not a
     * team manager of an early-help agency.
     */
    NO_RELATIONSHIP,
    /** It happened before the person joined the household the viewer works with. */
    BEFORE_THEY_JOINED,
    /** No consent or agreement covers the viewer's agency for this category today. */
    NO_CONSENT,
    /** Health and substance-misuse information needs explicit consent naming it, or an override. */
    NO_EXPLICIT_CONSENT
}
