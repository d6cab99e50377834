package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A treatment episode ends once. */
class TreatmentAlreadyExited extends RuleViolation {

    TreatmentAlreadyExited() {
        super("treatment-already-exited", "An exit is already recorded for this treatment start");
    }
}
