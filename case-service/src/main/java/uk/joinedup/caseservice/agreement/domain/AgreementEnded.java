package uk.joinedup.caseservice.agreement.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** An ended agreement is not revised: register a new one. */
class AgreementEnded extends RuleViolation {

    AgreementEnded(LocalDate endedOn) {
        super(
                "agreement-ended",
                "This agreement was ended (its last day is " + inWords(endedOn)
                        + "): register a new agreement instead");
    }
}
