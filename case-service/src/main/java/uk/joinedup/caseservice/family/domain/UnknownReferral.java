package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a received referral can be accepted or declined. */
class UnknownReferral extends RuleViolation {

    UnknownReferral() {
        super("unknown-referral", "There is no such referral for this family");
    }
}
