package uk.joinedup.caseservice.agreement.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An agreement is between at least two parties, or among the agencies of one kind: one agency alone already sees what it recorded. */
class PartiesShareWithEachOther extends RuleViolation {

    PartiesShareWithEachOther() {
        super(
                "parties-required",
                "Name at least two parties, or one kind of agency whose agencies share with each other");
    }
}
