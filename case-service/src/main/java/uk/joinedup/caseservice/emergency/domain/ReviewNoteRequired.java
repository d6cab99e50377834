package uk.joinedup.caseservice.emergency.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A review says what the reviewer found. */
class ReviewNoteRequired extends RuleViolation {

    ReviewNoteRequired() {
        super("review-note-required", "Write a note of what the review found");
    }
}
