package uk.joinedup.caseservice.agreement.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An agreement names at least one purpose. */
class PurposesRequired extends RuleViolation {

    PurposesRequired() {
        super("purposes-required", "Choose at least one purpose the agreement is for");
    }
}
