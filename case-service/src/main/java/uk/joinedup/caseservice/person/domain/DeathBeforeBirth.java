package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A person cannot die before they were born. */
class DeathBeforeBirth extends RuleViolation {

    DeathBeforeBirth(LocalDate dateOfDeath) {
        super("death-before-birth", "The date of death, " + inWords(dateOfDeath) + ", is before the date of birth");
    }
}
