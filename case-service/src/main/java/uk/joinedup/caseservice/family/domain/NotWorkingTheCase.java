package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * A family's casework (assessments, plans, reviews, closing the case) is for those who work the case:
 * its team and the team managers of the agencies involved, not every practitioner who can find it.
 */
class NotWorkingTheCase extends RuleViolation {

    NotWorkingTheCase(String what) {
        super(
                "not-working-the-case",
                "Only the family's team and the team managers of the agencies involved can " + what);
    }
}
