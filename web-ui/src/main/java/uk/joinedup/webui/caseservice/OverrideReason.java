package uk.joinedup.webui.caseservice;

/** Why a practitioner opened a record in an emergency; their explanation says more. */
public enum OverrideReason {
    RISK_TO_LIFE,
    CHILD_AT_RISK,
    ADULT_AT_RISK,
    SERIOUS_CRIME_PREVENTION,
    OTHER_URGENT
}
