package uk.joinedup.caseservice.budget.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Money is allocated to a family's budget by a team manager of the case. */
class BudgetManagersOnly extends RuleViolation {

    BudgetManagersOnly() {
        super("budget-managers-only", "Only a team manager of the case can allocate money to the family's budget");
    }
}
