package uk.joinedup.caseservice.outcomes.claims.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A claim is paid or rejected on a day from its submission to today. */
class AnsweredOutsideItsTime extends RuleViolation {

    AnsweredOutsideItsTime(LocalDate answeredOn, LocalDate submittedOn, LocalDate today) {
        super(
                "answered-outside-its-time",
                "The date, " + inWords(answeredOn) + ", must be from the day the claim was submitted ("
                        + inWords(submittedOn) + ") to today (" + inWords(today) + ")");
    }
}
