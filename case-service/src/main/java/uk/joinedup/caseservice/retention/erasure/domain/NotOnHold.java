package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a held erasure is released. */
class NotOnHold extends RuleViolation {

    NotOnHold() {
        super("erasure-not-on-hold", "This erasure is not on hold");
    }
}
