package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.ReviewId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A review is recorded once. */
class ReviewAlreadyRecorded extends RuleViolation {

    ReviewAlreadyRecorded(ReviewId reviewId) {
        super("review-already-recorded", "Review " + reviewId + " is already recorded");
    }
}
