package uk.joinedup.caseservice.family.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** The next review is after the date it is set on. */
class NextReviewNotLater extends RuleViolation {

    NextReviewNotLater(LocalDate nextReviewOn, LocalDate setOn) {
        super(
                "next-review-not-later",
                "The next review, " + inWords(nextReviewOn) + ", must be after " + inWords(setOn));
    }
}
