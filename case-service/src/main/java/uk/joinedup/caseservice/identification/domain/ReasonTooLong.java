package uk.joinedup.caseservice.identification.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A decision's reason is a few plain words, not a case note. */
class ReasonTooLong extends RuleViolation {

    ReasonTooLong(int atMost) {
        super("reason-too-long", "The reason must be " + atMost + " characters or fewer");
    }
}
