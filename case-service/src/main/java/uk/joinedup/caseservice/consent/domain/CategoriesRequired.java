package uk.joinedup.caseservice.consent.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A consent names at least one category of information. */
class CategoriesRequired extends RuleViolation {

    CategoriesRequired() {
        super("categories-required", "Choose at least one kind of information the consent covers");
    }
}
