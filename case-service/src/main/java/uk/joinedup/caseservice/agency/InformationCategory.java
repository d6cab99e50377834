package uk.joinedup.caseservice.agency;

/**
 * What kind of information a fact is. Sharing decisions are made per category; health and substance
 * misuse are special-category data, offending is criminal-offence data.
 */
public enum InformationCategory {
    IDENTITY,
    FAMILY,
    EDUCATION,
    OFFENDING,
    EMPLOYMENT_AND_BENEFITS,
    HOUSING,
    HEALTH,
    SUBSTANCE_MISUSE,
    SAFEGUARDING,
    CASE_NOTE;

    public boolean isSpecialCategory() {
        return this == HEALTH || this == SUBSTANCE_MISUSE;
    }

    public boolean isCriminalOffenceData() {
        return this == OFFENDING;
    }
}
