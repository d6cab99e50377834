package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A child rejoins a school roll only after leaving one, and once for each time they left. */
class NotOffSchoolRoll extends RuleViolation {

    NotOffSchoolRoll(LocalDate on) {
        super(
                "not-off-school-roll",
                "The record does not say the child was off a school roll before rejoining one on " + inWords(on)
                        + ": record when they left it first");
    }
}
