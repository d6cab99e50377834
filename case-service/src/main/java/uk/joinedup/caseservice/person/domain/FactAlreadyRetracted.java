package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A retracted fact cannot be corrected or retracted again. */
class FactAlreadyRetracted extends RuleViolation {

    FactAlreadyRetracted() {
        super("fact-already-retracted", "This fact has already been retracted");
    }
}
