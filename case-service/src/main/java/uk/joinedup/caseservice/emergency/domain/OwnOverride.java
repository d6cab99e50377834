package uk.joinedup.caseservice.emergency.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Nobody reviews their own override. */
class OwnOverride extends RuleViolation {

    OwnOverride() {
        super("own-override", "You cannot review your own emergency override");
    }
}
