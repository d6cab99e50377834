package uk.joinedup.caseservice.family.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A referral cannot be decided before it was received. */
class DecidedBeforeReceived extends RuleViolation {

    DecidedBeforeReceived(LocalDate decidedOn, LocalDate receivedOn) {
        super(
                "decided-before-received",
                "The decision date, " + inWords(decidedOn) + ", is before the referral was received, "
                        + inWords(receivedOn));
    }
}
