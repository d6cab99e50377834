package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A fact id is recorded once; sending it again is a duplicate. */
class FactAlreadyRecorded extends RuleViolation {

    FactAlreadyRecorded() {
        super("fact-already-recorded", "This fact is already recorded");
    }
}
