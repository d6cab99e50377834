package uk.joinedup.caseservice.sharing;

/** Why information is shared. Consents and agreements name the purposes they cover. */
public enum Purpose {
    /** Coordinating support for the family by the team around it: what casework views are for. */
    FAMILY_SUPPORT,
    /** Protecting a child or an adult at risk. */
    SAFEGUARDING,
    /** Preventing crime and disorder, and reducing re-offending. */
    CRIME_AND_DISORDER,
    /**
     * Measuring the outcomes of the support and claiming payment by results: what the outcome figures, their
     * drill-downs and the claims are for (ADR 21).
     */
    OUTCOMES
}
