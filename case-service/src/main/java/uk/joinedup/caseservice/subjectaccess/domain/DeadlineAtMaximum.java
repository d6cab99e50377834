package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Two further months is all Art. 12(3) allows: a deadline extended by two is extended no more. */
class DeadlineAtMaximum extends RuleViolation {

    DeadlineAtMaximum() {
        super(
                "deadline-already-extended-to-maximum",
                "This deadline is already extended by two further months, three months after the request was"
                        + " received: it cannot be extended again");
    }
}
