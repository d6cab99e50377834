package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Accepting and declining referrals, appointing a lead professional and overriding open actions at closure are a team manager's decisions. */
class ManagersOnly extends RuleViolation {

    ManagersOnly(String what) {
        super("managers-only", "Only a team manager can " + what);
    }
}
