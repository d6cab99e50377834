package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A death is recorded once; correct it through the registering agency. */
class DeathAlreadyRecorded extends RuleViolation {

    DeathAlreadyRecorded(LocalDate dateOfDeath) {
        super("death-already-recorded", "A date of death is already recorded: " + inWords(dateOfDeath));
    }
}
