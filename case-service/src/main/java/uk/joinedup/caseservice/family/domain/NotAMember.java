package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a current member can leave the household. */
class NotAMember extends RuleViolation {

    NotAMember() {
        super("not-a-member", "This person is not a member of the household");
    }
}
