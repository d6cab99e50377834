package uk.joinedup.caseservice.consent.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A consent is recorded to open something: one whose last day has passed would open nothing. */
class ConsentAlreadyOver extends RuleViolation {

    ConsentAlreadyOver(LocalDate validUntil) {
        super(
                "consent-already-over",
                "The consent's last day, " + inWords(validUntil) + ", has passed: it would cover nothing");
    }
}
