package uk.joinedup.caseservice.emergency.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Breaking glass is explained in the practitioner's words. */
class ExplanationRequired extends RuleViolation {

    ExplanationRequired() {
        super("explanation-required", "Explain why you need to see the record now");
    }
}
