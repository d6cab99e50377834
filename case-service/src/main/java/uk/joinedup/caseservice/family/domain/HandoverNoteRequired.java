package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A handover comes with a note, so the family does not have to repeat their story. */
class HandoverNoteRequired extends RuleViolation {

    HandoverNoteRequired() {
        super("handover-note-required", "Write a handover note");
    }
}
