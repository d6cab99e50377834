package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.family.api.NeedDomain;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Each goal answers a need the latest assessment found. */
class GoalForNeedNotAssessed extends RuleViolation {

    GoalForNeedNotAssessed(NeedDomain need) {
        super(
                "goal-for-need-not-assessed",
                "The latest assessment found no " + need.name().toLowerCase(java.util.Locale.UK)
                        + " need for a goal to answer");
    }
}
