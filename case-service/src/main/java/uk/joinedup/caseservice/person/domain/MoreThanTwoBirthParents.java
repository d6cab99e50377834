package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A child has at most two birth parents. */
class MoreThanTwoBirthParents extends RuleViolation {

    MoreThanTwoBirthParents() {
        super("more-than-two-birth-parents", "Two birth parents are already recorded for the child");
    }
}
