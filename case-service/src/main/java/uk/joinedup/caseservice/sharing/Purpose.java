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
    OUTCOMES,
    /**
     * Finding families who may meet a programme's criteria (Troubled Families' entry criteria, Supporting
     * Families' needs), for a practitioner of the council's early-help team to judge, before anyone works with
     * them (ADR 29). Only a team manager of an early-help agency looks for it; another agency's fact counts
     * only where a consent or sharing agreement names this purpose, and nothing seen for it is shown beyond
     * the early-help team managers.
     */
    EARLY_IDENTIFICATION
}
