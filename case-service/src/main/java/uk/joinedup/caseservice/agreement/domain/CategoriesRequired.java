package uk.joinedup.caseservice.agreement.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An agreement shares at least one category of information. */
class CategoriesRequired extends RuleViolation {

    CategoriesRequired() {
        super("categories-required", "Choose at least one kind of information the agreement shares");
    }
}
