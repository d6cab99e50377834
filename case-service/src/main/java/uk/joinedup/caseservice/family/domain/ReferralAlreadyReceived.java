package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A referral is received once. */
class ReferralAlreadyReceived extends RuleViolation {

    ReferralAlreadyReceived(ReferralId referralId) {
        super("referral-already-received", "Referral " + referralId + " is already recorded");
    }
}
