package uk.joinedup.caseservice.budget.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A cancelled commitment takes no more spend and cannot be cancelled again. */
class CommitmentCancelledAlready extends RuleViolation {

    CommitmentCancelledAlready() {
        super("commitment-cancelled", "This commitment has been cancelled");
    }
}
