package uk.joinedup.caseservice.agreement.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A revision changes the terms. */
class RevisionChangesNothing extends RuleViolation {

    RevisionChangesNothing() {
        super("revision-changes-nothing", "The revised terms are the same as the current ones");
    }
}
