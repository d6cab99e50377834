package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A treatment start is not the person's first when an earlier one is on their record. */
class NotFirstTreatment extends RuleViolation {

    NotFirstTreatment() {
        super(
                "not-first-treatment",
                "An earlier treatment start is on the person's record: this is not their first treatment");
    }
}
