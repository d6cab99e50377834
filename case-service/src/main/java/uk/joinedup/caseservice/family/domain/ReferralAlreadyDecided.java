package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A referral is accepted or declined once. */
class ReferralAlreadyDecided extends RuleViolation {

    ReferralAlreadyDecided() {
        super("referral-already-decided", "This referral has already been accepted or declined");
    }
}
