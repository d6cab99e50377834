package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Nobody under 10 can commit an offence in England and Wales: it is below the age of criminal responsibility. */
class OffenceUnderTen extends RuleViolation {

    OffenceUnderTen(LocalDate offenceDate) {
        super(
                "offence-under-ten",
                "On the offence date, " + inWords(offenceDate)
                        + ", the person was under 10: below the age of criminal responsibility");
    }
}
