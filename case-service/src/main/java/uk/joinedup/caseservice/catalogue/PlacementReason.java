package uk.joinedup.caseservice.catalogue;

/** Why a child was placed in a pupil referral unit or alternative provision. */
public enum PlacementReason {
    EXCLUDED,
    AT_RISK_OF_EXCLUSION,
    HEALTH_NEEDS,
    OTHER
}
