package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A child cannot be their own parent. */
class ParentIsTheChild extends RuleViolation {

    ParentIsTheChild() {
        super("parent-is-the-child", "A child cannot be recorded as their own parent");
    }
}
