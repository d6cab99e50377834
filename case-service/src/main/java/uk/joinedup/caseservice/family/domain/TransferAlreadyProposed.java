package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** One transfer at a time: the receiving agency decides the one proposed first. */
class TransferAlreadyProposed extends RuleViolation {

    TransferAlreadyProposed() {
        super("transfer-already-proposed", "A transfer of this case is already awaiting a decision");
    }
}
