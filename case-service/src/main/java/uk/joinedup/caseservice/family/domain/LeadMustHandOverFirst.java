package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** The lead professional hands over before leaving, so the family is never left without one by accident. */
class LeadMustHandOverFirst extends RuleViolation {

    LeadMustHandOverFirst() {
        super(
                "lead-must-hand-over-first",
                "The lead professional must hand over to someone else before leaving the team");
    }
}
