package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** An offence cannot have been committed before the person was born. */
class OffenceBeforeBirth extends RuleViolation {

    OffenceBeforeBirth(LocalDate offenceDate) {
        super("offence-before-birth", "The offence date, " + inWords(offenceDate) + ", is before the person was born");
    }
}
