package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An exit from treatment ends a treatment start recorded on the same person. */
class UnknownTreatmentStart extends RuleViolation {

    UnknownTreatmentStart() {
        super("unknown-treatment-start", "The treatment start this exit ends is not on the person's record");
    }
}
