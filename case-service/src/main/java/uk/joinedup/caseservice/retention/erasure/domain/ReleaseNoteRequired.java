package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Releasing a hold says why it no longer applies. */
class ReleaseNoteRequired extends RuleViolation {

    ReleaseNoteRequired() {
        super("release-note-required", "Enter why the hold no longer applies");
    }
}
