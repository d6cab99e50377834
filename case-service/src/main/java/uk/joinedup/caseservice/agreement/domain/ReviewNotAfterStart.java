package uk.joinedup.caseservice.agreement.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** An agreement is reviewed after it starts. */
class ReviewNotAfterStart extends RuleViolation {

    ReviewNotAfterStart(LocalDate reviewOn, LocalDate startsOn) {
        super(
                "review-not-after-start",
                "The review date, " + inWords(reviewOn) + ", must be after the start date, " + inWords(startsOn));
    }
}
