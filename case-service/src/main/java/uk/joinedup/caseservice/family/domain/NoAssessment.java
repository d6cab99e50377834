package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A support plan answers an assessment: assess the family first. */
class NoAssessment extends RuleViolation {

    NoAssessment() {
        super("no-assessment", "Complete an assessment before agreeing a plan");
    }
}
