package uk.joinedup.caseservice.catalogue;

/** The category of a child protection plan. */
public enum AbuseCategory {
    NEGLECT,
    PHYSICAL_ABUSE,
    EMOTIONAL_ABUSE,
    SEXUAL_ABUSE,
    MULTIPLE
}
