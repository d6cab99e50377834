package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An extension is for a reason Art. 12(3) allows: the request is complex, or one of a number. */
class ExtensionReasonRequired extends RuleViolation {

    ExtensionReasonRequired() {
        super("extension-reason-required", "Select why the deadline is extended");
    }
}
