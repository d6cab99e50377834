package uk.joinedup.caseservice.agreement.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** An agreement cannot be ended before its first day. */
class EndedBeforeItStarted extends RuleViolation {

    EndedBeforeItStarted(LocalDate endsOn, LocalDate startsOn) {
        super(
                "ended-before-it-started",
                "The end date, " + inWords(endsOn) + ", is before the agreement starts, on " + inWords(startsOn));
    }
}
