package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A case conference or panel is recorded for what it decided. */
class DecisionsRequired extends RuleViolation {

    DecisionsRequired() {
        super("decisions-required", "Enter at least one decision the meeting made");
    }
}
