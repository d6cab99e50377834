package uk.joinedup.caseservice.budget.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Spend follows its commitment, and a cancellation follows the commitment and everything spent against it: a
 * budget read "as at" a date must never show money spent or released before it was committed.
 */
class DatedBeforeWhatItFollows extends RuleViolation {

    DatedBeforeWhatItFollows(String what, LocalDate earliest) {
        super("dated-before-commitment", what + " can be dated " + inWords(earliest) + " or later, not before");
    }
}
