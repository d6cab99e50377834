package uk.joinedup.caseservice.agency;

/**
 * The kind of service an agency provides. Agencies themselves are data (identity-service); their
 * kind decides which facts their staff may record.
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
