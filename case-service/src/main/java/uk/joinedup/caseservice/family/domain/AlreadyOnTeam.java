package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A practitioner is on a family's team once. */
class AlreadyOnTeam extends RuleViolation {

    AlreadyOnTeam() {
        super("already-on-team", "This practitioner is already on the team around the family");
    }
}
