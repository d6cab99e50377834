package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Only an action of the current plan can be completed. */
class UnknownAction extends RuleViolation {

    UnknownAction(ActionId actionId) {
        super("unknown-action", "There is no action " + actionId + " in the current plan");
    }
}
