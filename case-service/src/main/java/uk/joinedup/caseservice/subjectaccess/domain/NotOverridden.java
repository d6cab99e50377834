package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only an overridden redaction can be restored. */
class NotOverridden extends RuleViolation {

    NotOverridden() {
        super("redaction-not-overridden", "This redaction is not overridden: there is nothing to restore");
    }
}
