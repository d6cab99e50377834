package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** The receiving agency decides a transfer, through its team managers. */
class ReceivingManagersOnly extends RuleViolation {

    ReceivingManagersOnly() {
        super(
                "receiving-managers-only",
                "Only a team manager of the receiving agency can accept or decline this transfer");
    }
}
