package uk.joinedup.caseservice.family.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A member cannot leave before they joined. */
class LeftBeforeJoined extends RuleViolation {

    LeftBeforeJoined(LocalDate leftOn, LocalDate joinedOn) {
        super(
                "left-before-joined",
                "The date they left, " + inWords(leftOn) + ", is before they joined, " + inWords(joinedOn));
    }
}
