package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Each action serves a goal of the same plan. */
class ActionForUnknownGoal extends RuleViolation {

    ActionForUnknownGoal() {
        super("action-for-unknown-goal", "Every action must belong to a goal of this plan");
    }
}
