package uk.joinedup.caseservice.subjectaccess.web;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An override names an item the response redacts: anything else would release nothing, or nothing known. */
class NoSuchRedaction extends RuleViolation {

    NoSuchRedaction() {
        super(
                "no-such-redaction",
                "The response does not redact an item with this id: override only what it redacts, by the itemId it"
                        + " shows");
    }
}
