package uk.joinedup.webui.caseservice;

/** The kind of service an agency provides; a sharing agreement may name every agency of a kind. */
public enum AgencyKind {
    PROBATION,
    YOUTH_OFFENDING,
    JOBCENTRE_PLUS,
    HEALTH,
    HOUSING,
    EDUCATION,
    POLICE,
    EARLY_HELP,
    CHILDRENS_SOCIAL_CARE,
    VOLUNTARY_SECTOR
}
