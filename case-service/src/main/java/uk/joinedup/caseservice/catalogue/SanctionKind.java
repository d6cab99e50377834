package uk.joinedup.caseservice.catalogue;

/** Sanctions and consequences. */
public enum SanctionKind {
    BENEFIT_SANCTION,
    HOUSING_BENEFIT_SANCTION,
    PENALTY_NOTICE,
    PARENTING_ORDER,
    INJUNCTION,
    OTHER
}
