package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A retracted fact cannot be corrected or retracted again. */
class FactAlreadyRetracted extends RuleViolation {

    FactAlreadyRetracted(FactId factId) {
        super("fact-already-retracted", "Fact " + factId + " has already been retracted");
    }
}
