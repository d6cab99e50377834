package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A hold is reviewed on a later day than the day it is made. */
class ReviewNotAfterHold extends RuleViolation {

    ReviewNotAfterHold() {
        super("review-date-not-after-hold", "The review date must be in the future");
    }
}
