package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Nothing happens to a person after their death. */
class FactAfterDeath extends RuleViolation {

    FactAfterDeath(LocalDate occurredOn) {
        super("fact-after-death", "The date it happened, " + inWords(occurredOn) + ", is after the person died");
    }
}
