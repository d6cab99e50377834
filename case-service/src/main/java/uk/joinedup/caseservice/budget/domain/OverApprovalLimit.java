package uk.joinedup.caseservice.budget.domain;

import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A team manager approves an allocation up to a limit set for the council. */
class OverApprovalLimit extends RuleViolation {

    OverApprovalLimit(Money limit) {
        super("over-approval-limit", "A team manager can approve at most " + limit + " at once");
    }
}
