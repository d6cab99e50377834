package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A handover goes to someone else. */
class SameLeadProfessional extends RuleViolation {

    SameLeadProfessional() {
        super("same-lead-professional", "The family is already with this lead professional");
    }
}
