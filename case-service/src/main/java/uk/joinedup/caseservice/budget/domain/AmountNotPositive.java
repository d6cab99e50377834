package uk.joinedup.caseservice.budget.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An amount of money is more than nothing. */
class AmountNotPositive extends RuleViolation {

    AmountNotPositive() {
        super("amount-not-positive", "Enter an amount of more than £0");
    }
}
