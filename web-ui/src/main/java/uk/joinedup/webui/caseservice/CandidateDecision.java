package uk.joinedup.webui.caseservice;

/**
 * What an early-help team manager decided about a candidate for early help, with their reason: refer the family
 * (then register the family or the referral in the casework), not now, or not eligible.
 */
public record CandidateDecision(Decision decision, String reason) {

    /** The decision. */
    public enum Decision {
        REFER,
        NOT_NOW,
        NOT_ELIGIBLE
    }
}
