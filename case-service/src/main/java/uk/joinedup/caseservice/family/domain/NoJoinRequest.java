package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a request awaiting a decision can be approved or declined. */
class NoJoinRequest extends RuleViolation {

    NoJoinRequest() {
        super("no-join-request", "This practitioner has no request to join the team awaiting a decision");
    }
}
