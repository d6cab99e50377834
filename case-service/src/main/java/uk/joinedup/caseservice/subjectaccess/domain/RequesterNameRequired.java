package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Someone asking for another person is named. */
class RequesterNameRequired extends RuleViolation {

    RequesterNameRequired() {
        super("requester-name-required", "Enter the name of who made the request");
    }
}
