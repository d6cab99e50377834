package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only an action of the current plan can be completed. */
class UnknownAction extends RuleViolation {

    UnknownAction() {
        super("unknown-action", "There is no such action in the current plan");
    }
}
