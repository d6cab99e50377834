package uk.joinedup.caseservice.budget.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Spend and cancellations are recorded by the lead professional or a team manager of the case. */
class LeadOrManagerOnly extends RuleViolation {

    LeadOrManagerOnly(String what) {
        super("budget-lead-or-manager-only", "Only the lead professional or a team manager of the case can " + what);
    }
}
