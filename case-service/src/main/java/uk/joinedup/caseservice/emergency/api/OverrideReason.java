package uk.joinedup.caseservice.emergency.api;

/** Why a practitioner opened a record in an emergency; the explanation says more. */
public enum OverrideReason {
    /** Someone's life is at risk. */
    RISK_TO_LIFE,
    /** A child is at risk of significant harm. */
    CHILD_AT_RISK,
    /** An adult with care and support needs is at risk of abuse or neglect. */
    ADULT_AT_RISK,
    /** To prevent or detect a serious crime. */
    SERIOUS_CRIME_PREVENTION,
    /** Another urgent reason, explained. */
    OTHER_URGENT
}
