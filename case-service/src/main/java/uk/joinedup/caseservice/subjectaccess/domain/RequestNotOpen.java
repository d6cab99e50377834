package uk.joinedup.caseservice.subjectaccess.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A released or closed request changes no more. */
class RequestNotOpen extends RuleViolation {

    RequestNotOpen() {
        super(
                "request-not-open",
                "This subject access request has been released or closed: it can no longer be changed");
    }
}
