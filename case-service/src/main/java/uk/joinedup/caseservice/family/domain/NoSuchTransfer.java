package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a transfer awaiting a decision can be accepted or declined. */
class NoSuchTransfer extends RuleViolation {

    NoSuchTransfer() {
        super("no-such-transfer", "There is no transfer of this case awaiting a decision");
    }
}
