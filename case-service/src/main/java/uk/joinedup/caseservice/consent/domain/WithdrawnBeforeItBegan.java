package uk.joinedup.caseservice.consent.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * A consent that has begun cannot be withdrawn on a day before its first day. (A consent that has not
 * begun yet can be withdrawn today: it then never begins.)
 */
class WithdrawnBeforeItBegan extends RuleViolation {

    WithdrawnBeforeItBegan(LocalDate validFrom) {
        super(
                "withdrawn-before-it-began",
                "The date of withdrawal is before the consent's first day, " + inWords(validFrom));
    }
}
