package uk.joinedup.caseservice.budget.web;

import uk.joinedup.caseservice.rules.RuleViolation;

/** What the budget buys serves a goal of the family's current support plan. */
class GoalNotInPlan extends RuleViolation {

    GoalNotInPlan() {
        super("goal-not-in-plan", "Choose a goal of the family's current support plan");
    }
}
