package uk.joinedup.caseservice.family.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A transfer is decided on or after the day it was proposed. */
class DecidedBeforeProposed extends RuleViolation {

    DecidedBeforeProposed(LocalDate decidedOn, LocalDate proposedOn) {
        super(
                "decided-before-proposed",
                "The decision date, " + inWords(decidedOn) + ", is before the transfer was proposed, "
                        + inWords(proposedOn));
    }
}
