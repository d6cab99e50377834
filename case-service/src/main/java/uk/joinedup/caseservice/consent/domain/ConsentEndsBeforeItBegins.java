package uk.joinedup.caseservice.consent.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A consent's last day is on or after its first. */
class ConsentEndsBeforeItBegins extends RuleViolation {

    ConsentEndsBeforeItBegins(LocalDate validFrom, LocalDate validUntil) {
        super(
                "consent-ends-before-it-begins",
                "The consent's last day, " + inWords(validUntil) + ", is before its first day, " + inWords(validFrom));
    }
}
