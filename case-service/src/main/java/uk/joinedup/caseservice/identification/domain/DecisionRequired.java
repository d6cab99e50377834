package uk.joinedup.caseservice.identification.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A decision names what was decided. */
class DecisionRequired extends RuleViolation {

    DecisionRequired() {
        super("decision-required", "Choose a decision");
    }
}
