package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** The family agrees to the current plan. */
class NotTheCurrentPlan extends RuleViolation {

    NotTheCurrentPlan(PlanId planId) {
        super("not-the-current-plan", "Plan " + planId + " is not the family's current plan");
    }
}
