package uk.joinedup.identity.directory;

/**
 * The kinds of service an agency can be: the same names as case-service's, which decides by them what
 * an agency may record (identity-service knows case-service only over HTTP, so the list is repeated).
 */
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
