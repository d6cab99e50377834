package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A fact id is recorded once; sending it again is a duplicate. */
class FactAlreadyRecorded extends RuleViolation {

    FactAlreadyRecorded(FactId factId) {
        super("fact-already-recorded", "Fact " + factId + " is already recorded");
    }
}
