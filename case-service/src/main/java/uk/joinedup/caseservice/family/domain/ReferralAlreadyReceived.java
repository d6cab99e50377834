package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A referral is received once. */
class ReferralAlreadyReceived extends RuleViolation {

    ReferralAlreadyReceived() {
        super("referral-already-received", "This referral is already recorded");
    }
}
