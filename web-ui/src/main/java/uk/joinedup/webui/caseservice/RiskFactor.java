package uk.joinedup.webui.caseservice;

/** Why a family is referred. */
public enum RiskFactor {
    YOUTH_CRIME,
    ANTI_SOCIAL_BEHAVIOUR,
    SCHOOL_ABSENCE_OR_EXCLUSION,
    ADULT_OUT_OF_WORK,
    DOMESTIC_ABUSE,
    SUBSTANCE_MISUSE,
    MENTAL_HEALTH,
    HOUSING_AT_RISK,
    CHILD_AT_RISK,
    PARENT_IN_CUSTODY,
    OTHER
}
