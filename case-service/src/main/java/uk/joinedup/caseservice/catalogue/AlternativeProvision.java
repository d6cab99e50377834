package uk.joinedup.caseservice.catalogue;

/** Where a child is taught outside a mainstream school. */
public enum AlternativeProvision {
    PUPIL_REFERRAL_UNIT,
    ALTERNATIVE_PROVISION
}
