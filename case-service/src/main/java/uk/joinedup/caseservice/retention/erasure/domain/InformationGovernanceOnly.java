package uk.joinedup.caseservice.retention.erasure.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Erasures are decided by information-governance officers, who answer for the whole council. */
class InformationGovernanceOnly extends RuleViolation {

    InformationGovernanceOnly() {
        super(
                "information-governance-officers-only",
                "Only an information-governance officer can approve or hold an erasure");
    }
}
