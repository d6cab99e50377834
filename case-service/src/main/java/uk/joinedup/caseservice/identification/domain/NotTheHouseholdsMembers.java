package uk.joinedup.caseservice.identification.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * A decision on a household names exactly the people its id is made from, and one on a registered family names
 * nobody: a member's erasure finds the decisions on their household by them.
 */
class NotTheHouseholdsMembers extends RuleViolation {

    NotTheHouseholdsMembers() {
        super("not-the-households-members", "The members given are not the candidate's household");
    }
}
