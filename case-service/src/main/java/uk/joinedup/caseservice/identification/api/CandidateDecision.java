package uk.joinedup.caseservice.identification.api;

/** What a practitioner decided about a candidate. */
public enum CandidateDecision {
    /** Refer the family for early help: the practitioner registers the family or referral in the casework. */
    REFER,
    /** Not now: the candidate stays listed, marked, to be looked at again. */
    NOT_NOW,
    /** Not eligible: the candidate stays listed, marked. */
    NOT_ELIGIBLE
}
