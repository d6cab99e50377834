package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * A plan's action is owned by an agency that works the case: one with someone on the team around the
 * family. An agency nobody here knows of (or one with nobody on the team) cannot be held to an action.
 */
class ActionOwnerNotOnTeam extends RuleViolation {

    ActionOwnerNotOnTeam() {
        super(
                "action-owner-not-on-team",
                "Each action must be owned by an agency on the team around the family: add someone from that agency"
                        + " to the team first");
    }
}
