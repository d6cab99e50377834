package uk.joinedup.caseservice.budget.domain;

import uk.joinedup.caseservice.budget.api.Money;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Spend is within what was committed: more needs a new commitment. */
class SpendBeyondCommitment extends RuleViolation {

    SpendBeyondCommitment(Money left) {
        super("spend-beyond-commitment", "Only " + left + " of this commitment is left to spend");
    }
}
