package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A practitioner asks to join a team once, and waits for the decision. */
class JoinAlreadyRequested extends RuleViolation {

    JoinAlreadyRequested() {
        super(
                "join-already-requested",
                "This practitioner has already asked to join the team: the request awaits a decision");
    }
}
