package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A hold says what kind of hold it is. */
class HoldReasonRequired extends RuleViolation {

    HoldReasonRequired() {
        super("hold-reason-required", "Select why the erasure is on hold");
    }
}
