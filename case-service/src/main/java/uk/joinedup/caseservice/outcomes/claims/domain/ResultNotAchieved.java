package uk.joinedup.caseservice.outcomes.claims.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A result is claimed only when the scheme's evaluation shows the family eligible and the result met. */
class ResultNotAchieved extends RuleViolation {

    ResultNotAchieved(String result, LocalDate judgedOn) {
        super(
                "result-not-achieved",
                "The evaluation on " + inWords(judgedOn) + " does not show the result " + inWords(result)
                        + " achieved: it cannot be claimed");
    }
}
