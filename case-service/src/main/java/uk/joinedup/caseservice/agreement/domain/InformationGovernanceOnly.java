package uk.joinedup.caseservice.agreement.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Sharing agreements are registered, revised and ended by information-governance officers. */
class InformationGovernanceOnly extends RuleViolation {

    InformationGovernanceOnly(String what) {
        super(
                "information-governance-only",
                "Only an information-governance officer can " + what + " a sharing agreement");
    }
}
