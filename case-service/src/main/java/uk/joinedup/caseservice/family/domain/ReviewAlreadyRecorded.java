package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A review is recorded once. */
class ReviewAlreadyRecorded extends RuleViolation {

    ReviewAlreadyRecorded() {
        super("review-already-recorded", "This review is already recorded");
    }
}
