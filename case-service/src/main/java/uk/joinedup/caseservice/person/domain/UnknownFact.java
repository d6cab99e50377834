package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a recorded fact can be corrected or retracted. */
class UnknownFact extends RuleViolation {

    UnknownFact(FactId factId) {
        super("unknown-fact", "There is no fact " + factId + " in this person's record");
    }
}
