package uk.joinedup.caseservice.agreement.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An agreement has a title. */
class TitleRequired extends RuleViolation {

    TitleRequired() {
        super("title-required", "Enter the title of the agreement");
    }
}
