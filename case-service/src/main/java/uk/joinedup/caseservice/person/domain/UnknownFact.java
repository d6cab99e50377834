package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a recorded fact can be corrected or retracted. */
class UnknownFact extends RuleViolation {

    UnknownFact() {
        super("unknown-fact", "There is no such fact in this person's record");
    }
}
