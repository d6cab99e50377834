package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An approved erasure is carried out: it is neither approved again nor held. */
class AlreadyApproved extends RuleViolation {

    AlreadyApproved() {
        super("erasure-already-approved", "This erasure has already been approved");
    }
}
