package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Each of a child's parents is recorded once. */
class ParentAlreadyRecorded extends RuleViolation {

    ParentAlreadyRecorded() {
        super("parent-already-recorded", "This parent is already recorded for the child");
    }
}
