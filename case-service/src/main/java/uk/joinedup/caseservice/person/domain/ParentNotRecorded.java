package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Parents who separated must be recorded as the child's parents first. */
class ParentNotRecorded extends RuleViolation {

    ParentNotRecorded() {
        super("parent-not-recorded", "Record both parents as the child's parents before recording that they separated");
    }
}
