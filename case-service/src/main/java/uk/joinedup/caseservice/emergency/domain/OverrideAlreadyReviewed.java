package uk.joinedup.caseservice.emergency.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An override is reviewed once. */
class OverrideAlreadyReviewed extends RuleViolation {

    OverrideAlreadyReviewed() {
        super("override-already-reviewed", "This emergency override has already been reviewed");
    }
}
