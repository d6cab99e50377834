package uk.joinedup.caseservice.family.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A request to join the team cannot be decided before it was made. */
class DecidedBeforeRequested extends RuleViolation {

    DecidedBeforeRequested(LocalDate decidedOn, LocalDate requestedOn) {
        super(
                "decided-before-requested",
                "The decision date, " + inWords(decidedOn) + ", is before the request to join was made, "
                        + inWords(requestedOn));
    }
}
