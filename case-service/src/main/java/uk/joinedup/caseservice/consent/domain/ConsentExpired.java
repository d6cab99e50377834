package uk.joinedup.caseservice.consent.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A consent that had expired by the day of withdrawal has nothing left to withdraw. */
class ConsentExpired extends RuleViolation {

    ConsentExpired(LocalDate validUntil) {
        super(
                "consent-expired",
                "This consent expired after " + inWords(validUntil) + ": there is nothing left to withdraw");
    }
}
