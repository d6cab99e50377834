package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Who is involved with a family is the lead professional's or a team manager's decision: handing the
 * family over, adding someone to the team or taking someone else off it, deciding requests to join it,
 * changing who is in the household (which opens the household's records to the team), and reopening
 * a closed case.
 */
class LeadOrManagerOnly extends RuleViolation {

    LeadOrManagerOnly() {
        super("lead-or-manager-only", "Only the lead professional or a team manager can hand this family over");
    }

    LeadOrManagerOnly(String what) {
        super("lead-or-manager-only", "Only the lead professional or a team manager of the case can " + what);
    }
}
