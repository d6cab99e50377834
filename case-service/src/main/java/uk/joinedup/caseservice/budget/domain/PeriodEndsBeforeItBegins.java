package uk.joinedup.caseservice.budget.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** An allocation's period ends on or after the day it begins. */
class PeriodEndsBeforeItBegins extends RuleViolation {

    PeriodEndsBeforeItBegins(LocalDate from) {
        super("period-ends-before-it-begins", "The allocation must end on or after " + inWords(from));
    }
}
