package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A pregnancy lasts at most about 42 weeks: a due date further ahead than that of the day it was known is a mistake. */
class DueDateTooFarAhead extends RuleViolation {

    DueDateTooFarAhead(LocalDate dueOn, LocalDate latest) {
        super(
                "due-date-too-far-ahead",
                "The due date, " + inWords(dueOn) + ", is more than 42 weeks after the pregnancy was known: it"
                        + " must be on or before " + inWords(latest));
    }
}
