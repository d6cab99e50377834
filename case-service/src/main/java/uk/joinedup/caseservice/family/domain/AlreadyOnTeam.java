package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A practitioner is on a family's team once. */
class AlreadyOnTeam extends RuleViolation {

    AlreadyOnTeam(String userId) {
        super("already-on-team", userId + " is already on the team around the family");
    }
}
