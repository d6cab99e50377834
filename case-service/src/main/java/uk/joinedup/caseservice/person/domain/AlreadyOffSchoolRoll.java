package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A child leaves a school roll only while on one: each time off a roll ends with their rejoining one. */
class AlreadyOffSchoolRoll extends RuleViolation {

    /** @param left the day of the earlier record of leaving, with no rejoining after it */
    AlreadyOffSchoolRoll(LocalDate left) {
        super(
                "already-off-school-roll",
                "The record says the child left a school roll on " + inWords(left)
                        + " and then left one again without rejoining between: record when they rejoined first");
    }
}
