package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Needs are scored from 0 (no need) to 4 (severe). */
class ScoreOutOfRange extends RuleViolation {

    ScoreOutOfRange(int score) {
        super("score-out-of-range", "A score must be from 0 to 4, not " + score);
    }
}
