package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only the current lead professional or a team manager hands a family over. */
class LeadOrManagerOnly extends RuleViolation {

    LeadOrManagerOnly() {
        super("lead-or-manager-only", "Only the lead professional or a team manager can hand this family over");
    }
}
