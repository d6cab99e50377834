package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An item is overridden once; restore it to override it again with another note. */
class AlreadyOverridden extends RuleViolation {

    AlreadyOverridden() {
        super("redaction-already-overridden", "This redaction is already overridden");
    }
}
