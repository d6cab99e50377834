package uk.joinedup.caseservice.catalogue;

/** How a proven offence was disposed of. Reprimands and final warnings are for under-18s only. */
public enum Disposal {
    CONVICTION_CUSTODIAL,
    CONVICTION_COMMUNITY,
    CONVICTION_OTHER,
    CAUTION,
    CONDITIONAL_CAUTION,
    REPRIMAND,
    FINAL_WARNING,
    YOUTH_CAUTION,
    YOUTH_CONDITIONAL_CAUTION;

    /** Only for offences committed under 18. */
    public boolean youthOnly() {
        return this == REPRIMAND || this == FINAL_WARNING || this == YOUTH_CAUTION || this == YOUTH_CONDITIONAL_CAUTION;
    }
}
