package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Each action serves a goal of the same plan. */
class ActionForUnknownGoal extends RuleViolation {

    ActionForUnknownGoal(ActionId actionId) {
        super("action-for-unknown-goal", "Action " + actionId + " is not linked to a goal of this plan");
    }
}
