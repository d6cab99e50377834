package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A request to record facts that names none. */
class NothingToRecord extends RuleViolation {

    NothingToRecord() {
        super("nothing-to-record", "Name at least one fact to record");
    }
}
