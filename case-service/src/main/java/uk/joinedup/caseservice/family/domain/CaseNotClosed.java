package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a closed case can be reopened. */
class CaseNotClosed extends RuleViolation {

    CaseNotClosed() {
        super("case-not-closed", "The family's case is not closed");
    }
}
