package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Casework happens on an open case: accept a referral or reopen the case first. */
class CaseNotOpen extends RuleViolation {

    CaseNotOpen() {
        super("case-not-open", "The family's case is not open");
    }
}
