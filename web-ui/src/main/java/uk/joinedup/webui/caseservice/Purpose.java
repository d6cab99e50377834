package uk.joinedup.webui.caseservice;

/** What shared information may be used for: consents and sharing agreements name their purposes. */
public enum Purpose {
    FAMILY_SUPPORT,
    SAFEGUARDING,
    CRIME_AND_DISORDER,
    OUTCOMES,
    EARLY_IDENTIFICATION
}
