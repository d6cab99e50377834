package uk.joinedup.caseservice.catalogue;

/** Interventions for anti-social behaviour that the Troubled Families entry and results criteria count. */
public enum AntiSocialBehaviourIntervention {
    /** An anti-social behaviour order or an injunction (including a gang injunction). */
    ASBO_OR_INJUNCTION,
    ACCEPTABLE_BEHAVIOUR_CONTRACT,
    /** Action by a landlord over anti-social behaviour, e.g. a notice or a demoted tenancy. */
    HOUSING_ACTION,
    WARNING
}
