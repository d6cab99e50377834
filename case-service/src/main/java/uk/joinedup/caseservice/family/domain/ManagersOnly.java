package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Accepting and declining referrals, appointing a lead professional and overriding open actions at closure
 * are decisions for a team manager of an agency involved in the case.
 */
class ManagersOnly extends RuleViolation {

    ManagersOnly(String what) {
        super("managers-only", "Only a team manager of an agency involved in the case can " + what);
    }
}
