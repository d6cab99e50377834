package uk.joinedup.caseservice.budget.domain;

import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.rules.RuleViolation;

/** The balance never goes below zero: a commitment beyond what is left of its allocation is refused. */
class NotEnoughLeft extends RuleViolation {

    NotEnoughLeft(Money left) {
        super("not-enough-left", "Only " + left + " of this allocation is left to commit");
    }
}
