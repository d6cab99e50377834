package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A family has at most one lead professional; change them by handover. */
class LeadAlreadyAppointed extends RuleViolation {

    LeadAlreadyAppointed(String name) {
        super("lead-already-appointed", "The family already has a lead professional (" + name + "): hand over instead");
    }
}
