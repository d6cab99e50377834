package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A held erasure is released before it is approved. */
class ErasureOnHold extends RuleViolation {

    ErasureOnHold() {
        super("erasure-on-hold", "This erasure is on hold: release the hold before approving it");
    }
}
