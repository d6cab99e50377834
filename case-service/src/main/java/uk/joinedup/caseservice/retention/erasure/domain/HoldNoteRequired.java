package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A hold says why, so the officer reviewing it knows what to check. */
class HoldNoteRequired extends RuleViolation {

    HoldNoteRequired() {
        super("hold-note-required", "Enter why the erasure is on hold");
    }
}
