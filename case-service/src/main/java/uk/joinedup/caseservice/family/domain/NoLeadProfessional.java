package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A handover needs a lead professional to hand over from. */
class NoLeadProfessional extends RuleViolation {

    NoLeadProfessional() {
        super("no-lead-professional", "The family has no lead professional to hand over from: appoint one");
    }
}
