package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Nothing happens to a person before they are born. */
class FactBeforeBirth extends RuleViolation {

    FactBeforeBirth(LocalDate occurredOn) {
        super("fact-before-birth", "The date it happened, " + inWords(occurredOn) + ", is before the person was born");
    }
}
