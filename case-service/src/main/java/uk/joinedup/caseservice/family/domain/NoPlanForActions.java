package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Actions arising join the current plan: agree a plan first. */
class NoPlanForActions extends RuleViolation {

    NoPlanForActions() {
        super("no-plan-for-actions", "Agree a support plan before adding actions arising from a conference");
    }
}
