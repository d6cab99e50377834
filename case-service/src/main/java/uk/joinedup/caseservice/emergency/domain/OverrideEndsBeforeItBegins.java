package uk.joinedup.caseservice.emergency.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An override lasts for some time. */
class OverrideEndsBeforeItBegins extends RuleViolation {

    OverrideEndsBeforeItBegins() {
        super("override-ends-before-it-begins", "An emergency override must end after it begins");
    }
}
