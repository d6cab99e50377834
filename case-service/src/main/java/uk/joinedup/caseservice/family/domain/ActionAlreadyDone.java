package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.ActionId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** An action is completed once. */
class ActionAlreadyDone extends RuleViolation {

    ActionAlreadyDone(ActionId actionId) {
        super("action-already-done", "Action " + actionId + " is already done");
    }
}
