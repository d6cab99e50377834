package uk.joinedup.caseservice.budget.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Money is committed within the period its allocation covers. */
class OutsideTheAllocationsPeriod extends RuleViolation {

    OutsideTheAllocationsPeriod(LocalDate from, LocalDate until) {
        super(
                "outside-allocation-period",
                "This allocation covers " + inWords(from) + " to " + inWords(until) + ": commit within those dates");
    }
}
