package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a team member can leave the team or become lead professional. */
class NotOnTeam extends RuleViolation {

    NotOnTeam() {
        super("not-on-team", "This practitioner is not on the team around the family");
    }
}
