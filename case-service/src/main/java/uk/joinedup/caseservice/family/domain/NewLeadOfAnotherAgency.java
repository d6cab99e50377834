package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** The receiving agency's own practitioner leads the case it accepts. */
class NewLeadOfAnotherAgency extends RuleViolation {

    NewLeadOfAnotherAgency() {
        super("new-lead-of-another-agency", "Choose a practitioner of the receiving agency to lead the case");
    }
}
