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
    VOLUNTARY_SECTOR;

    /**
     * The category of information an agency of this kind holds in its own right: a fact that is about
     * the agency's own work rather than one subject (e.g. help it offered that was declined) is of this
     * category, so it is shared as the agency's other records are.
     */
    public InformationCategory ownCategory() {
        return switch (this) {
            case PROBATION, YOUTH_OFFENDING, POLICE -> InformationCategory.OFFENDING;
            case JOBCENTRE_PLUS -> InformationCategory.EMPLOYMENT_AND_BENEFITS;
            case HEALTH -> InformationCategory.HEALTH;
            case HOUSING -> InformationCategory.HOUSING;
            case EDUCATION -> InformationCategory.EDUCATION;
            case CHILDRENS_SOCIAL_CARE -> InformationCategory.SAFEGUARDING;
            case EARLY_HELP, VOLUNTARY_SECTOR -> InformationCategory.FAMILY;
        };
    }
}
