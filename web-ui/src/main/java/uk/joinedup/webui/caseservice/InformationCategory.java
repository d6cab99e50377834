package uk.joinedup.webui.caseservice;

/** What kind of information a chronology entry is: sharing and the chronology filter go by it. */
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
    CASE_NOTE
}
