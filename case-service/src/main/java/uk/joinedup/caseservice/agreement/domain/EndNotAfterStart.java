package uk.joinedup.caseservice.agreement.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** An agreement's last day is after its first. */
class EndNotAfterStart extends RuleViolation {

    EndNotAfterStart(LocalDate endsOn, LocalDate startsOn) {
        super(
                "end-not-after-start",
                "The end date, " + inWords(endsOn) + ", must be after the start date, " + inWords(startsOn));
    }
}
