package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A support plan has at least one goal, and every goal at least one action. */
class PlanNeedsGoals extends RuleViolation {

    PlanNeedsGoals() {
        super("plan-needs-goals", "A plan needs at least one goal, and an action for every goal");
    }
}
