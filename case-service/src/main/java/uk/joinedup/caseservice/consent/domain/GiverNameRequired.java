package uk.joinedup.caseservice.consent.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A consent given for the person by someone else names who gave it. */
class GiverNameRequired extends RuleViolation {

    GiverNameRequired() {
        super("giver-name-required", "Enter the name of the person who gave consent and how they are related");
    }
}
