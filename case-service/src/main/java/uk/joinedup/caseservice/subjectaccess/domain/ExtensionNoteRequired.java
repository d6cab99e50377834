package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** The person is told the reasons for an extension: the note says them. */
class ExtensionNoteRequired extends RuleViolation {

    ExtensionNoteRequired() {
        super("extension-note-required", "Write the reasons for the extension, as the person will be told them");
    }
}
