package uk.joinedup.caseservice.sharing;

/** Why information is shared. Consents and agreements name the purposes they cover. */
public enum Purpose {
    /** Coordinating support for the family by the team around it: what every view in JoinedUp is for. */
    FAMILY_SUPPORT,
    /** Protecting a child or an adult at risk. */
    SAFEGUARDING,
    /** Preventing crime and disorder, and reducing re-offending. */
    CRIME_AND_DISORDER
}
