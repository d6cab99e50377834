package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** The family agrees to the current plan. */
class NotTheCurrentPlan extends RuleViolation {

    NotTheCurrentPlan() {
        super("not-the-current-plan", "That is not the family's current plan");
    }
}
