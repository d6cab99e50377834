package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A pregnancy's expected due date cannot come before the day the pregnancy is recorded as known. */
class DueDateBeforePregnancyKnown extends RuleViolation {

    DueDateBeforePregnancyKnown(LocalDate dueOn, LocalDate knownOn) {
        super(
                "due-date-before-pregnancy-known",
                "The due date, " + inWords(dueOn) + ", is before the pregnancy was known, " + inWords(knownOn)
                        + ": if the baby has been born, record that the pregnancy ended");
    }
}
