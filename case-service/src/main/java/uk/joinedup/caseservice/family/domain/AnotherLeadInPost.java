package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A conference may agree the lead professional; one already in post hands over first. */
class AnotherLeadInPost extends RuleViolation {

    AnotherLeadInPost(String leadName) {
        super(
                "another-lead-in-post",
                leadName + " leads the case: hand the case over to agree a different lead professional");
    }
}
