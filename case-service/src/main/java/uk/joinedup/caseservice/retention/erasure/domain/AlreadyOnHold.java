package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An erasure is held once; the hold is released before it is held again. */
class AlreadyOnHold extends RuleViolation {

    AlreadyOnHold() {
        super("erasure-already-on-hold", "This erasure is already on hold");
    }
}
