package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** An offence cannot be committed after the date it was proven. */
class OffenceAfterItWasProven extends RuleViolation {

    OffenceAfterItWasProven(LocalDate offenceDate, LocalDate provenOn) {
        super(
                "offence-after-proven",
                "The offence date, " + inWords(offenceDate) + ", is after the date it was proven, "
                        + inWords(provenOn));
    }
}
