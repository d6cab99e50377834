package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A deadline is extended by one or two further months. */
class ExtensionMonthsRequired extends RuleViolation {

    ExtensionMonthsRequired() {
        super("extension-months-required", "Choose by how many further months to extend the deadline: one or two");
    }
}
