package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An exit from treatment cannot come before the start it ends. */
class TreatmentExitBeforeStart extends RuleViolation {

    TreatmentExitBeforeStart() {
        super("treatment-exit-before-start", "The exit is dated before the treatment start it ends");
    }
}
