package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A referral is accepted or declined once. */
class ReferralAlreadyDecided extends RuleViolation {

    ReferralAlreadyDecided(ReferralId referralId) {
        super("referral-already-decided", "Referral " + referralId + " has already been decided");
    }
}
