package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Subject access requests are handled by information-governance officers, who answer for the whole council. */
class InformationGovernanceOnly extends RuleViolation {

    InformationGovernanceOnly() {
        super(
                "information-governance-officers-only",
                "Only an information-governance officer can handle a subject access request");
    }
}
