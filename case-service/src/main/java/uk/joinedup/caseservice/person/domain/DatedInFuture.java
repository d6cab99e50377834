package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A fact cannot be dated after the day it is recorded. */
class DatedInFuture extends RuleViolation {

    DatedInFuture(LocalDate occurredOn) {
        super("dated-in-future", "The date " + occurredOn + " must be today or in the past");
    }
}
