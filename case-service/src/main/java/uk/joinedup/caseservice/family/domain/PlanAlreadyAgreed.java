package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** The family's agreement to a plan is recorded once. */
class PlanAlreadyAgreed extends RuleViolation {

    PlanAlreadyAgreed() {
        super("plan-already-agreed", "The family's agreement to this plan is already recorded");
    }
}
