package uk.joinedup.caseservice.budget.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** The lead professional holds the budget: they commission services from it. */
class LeadProfessionalOnly extends RuleViolation {

    LeadProfessionalOnly(String what) {
        super("budget-lead-only", "Only the family's lead professional can " + what);
    }
}
