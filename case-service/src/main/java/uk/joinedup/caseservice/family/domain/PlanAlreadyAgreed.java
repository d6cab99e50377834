package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.PlanId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** The family's agreement to a plan is recorded once. */
class PlanAlreadyAgreed extends RuleViolation {

    PlanAlreadyAgreed(PlanId planId) {
        super("plan-already-agreed", "The family's agreement to plan " + planId + " is already recorded");
    }
}
