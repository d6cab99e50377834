package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An override says why the item is released as it is. */
class OverrideNoteRequired extends RuleViolation {

    OverrideNoteRequired() {
        super("override-note-required", "Write a note of why this item is released without redaction");
    }
}
