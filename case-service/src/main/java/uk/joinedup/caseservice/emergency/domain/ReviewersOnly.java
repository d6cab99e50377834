package uk.joinedup.caseservice.emergency.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Overrides are reviewed by information-governance officers and by team managers of the agencies whose entries they opened. */
class ReviewersOnly extends RuleViolation {

    ReviewersOnly() {
        super(
                "reviewers-only",
                "Only an information-governance officer, or a team manager of an agency whose records this override"
                        + " opened, can review it");
    }
}
