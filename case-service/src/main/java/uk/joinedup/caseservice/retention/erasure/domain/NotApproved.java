package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only an approved erasure is carried out. */
class NotApproved extends RuleViolation {

    NotApproved() {
        super("erasure-not-approved", "This erasure has not been approved");
    }
}
