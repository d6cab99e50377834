package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An action is completed once. */
class ActionAlreadyDone extends RuleViolation {

    ActionAlreadyDone() {
        super("action-already-done", "This action is already done");
    }
}
