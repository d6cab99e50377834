package uk.joinedup.caseservice.consent.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A consent is withdrawn from the record of the person who gave it. */
class NotThisPersonsConsent extends RuleViolation {

    NotThisPersonsConsent() {
        super("not-this-persons-consent", "There is no such consent on this person's record");
    }
}
