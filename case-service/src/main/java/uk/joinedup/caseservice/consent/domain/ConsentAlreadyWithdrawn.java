package uk.joinedup.caseservice.consent.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A consent is withdrawn once. */
class ConsentAlreadyWithdrawn extends RuleViolation {

    ConsentAlreadyWithdrawn(LocalDate withdrawnOn) {
        super("consent-already-withdrawn", "This consent was already withdrawn on " + inWords(withdrawnOn));
    }
}
