package uk.joinedup.webui.caseservice;

/** Why a family's case was closed. */
public enum ClosureReason {
    OUTCOMES_ACHIEVED,
    STEPPED_DOWN_TO_UNIVERSAL_SERVICES,
    STEPPED_UP_TO_SOCIAL_CARE,
    FAMILY_MOVED_AWAY,
    FAMILY_DISENGAGED,
    OTHER
}
