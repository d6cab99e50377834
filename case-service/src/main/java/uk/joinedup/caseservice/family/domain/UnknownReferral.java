package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a received referral can be accepted or declined. */
class UnknownReferral extends RuleViolation {

    UnknownReferral(ReferralId referralId) {
        super("unknown-referral", "There is no referral " + referralId + " for this family");
    }
}
