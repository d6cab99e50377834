package uk.joinedup.caseservice.consent.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A consent names at least one agency that may see. */
class RecipientsRequired extends RuleViolation {

    RecipientsRequired() {
        super("recipients-required", "Choose at least one agency the consent lets see information");
    }
}
