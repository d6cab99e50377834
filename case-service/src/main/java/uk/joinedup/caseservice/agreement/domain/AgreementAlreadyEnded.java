package uk.joinedup.caseservice.agreement.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** An agreement is ended once. */
class AgreementAlreadyEnded extends RuleViolation {

    AgreementAlreadyEnded(LocalDate endedOn) {
        super("agreement-already-ended", "This agreement has already been ended: its last day is " + inWords(endedOn));
    }
}
