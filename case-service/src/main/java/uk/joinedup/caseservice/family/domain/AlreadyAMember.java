package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A person is in a household once at a time. */
class AlreadyAMember extends RuleViolation {

    AlreadyAMember() {
        super("already-a-member", "This person is already a member of the household");
    }
}
