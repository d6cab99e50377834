package uk.joinedup.caseservice.family.api;

/**
 * How the actor stands in the case beyond what the family aggregate knows itself (its lead professional
 * and its team), as the REST adapter found it in the family's record: a team manager of an agency
 * involved in the case (registering the family, on its team, or early help while a referral awaits a
 * decision), a practitioner of the agency that registered the family, or neither.
 */
public enum Standing {
    CASE_MANAGER,
    REGISTERING_AGENCY,
    NONE
}
