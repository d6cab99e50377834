package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A subject is proposed for erasure once: the review skips anyone already proposed. */
class AlreadyProposed extends RuleViolation {

    AlreadyProposed() {
        super("erasure-already-proposed", "This person or family has already been proposed for erasure");
    }
}
