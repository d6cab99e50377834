package uk.joinedup.caseservice.rules;

import java.time.LocalDate;

/** A fact cannot be dated after the day it is recorded. */
public class DatedInFuture extends RuleViolation {

    public DatedInFuture(LocalDate date) {
        super("dated-in-future", "The date, " + inWords(date) + ", must be today or in the past");
    }
}
