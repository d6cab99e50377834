package uk.joinedup.caseservice.accesslog;

import uk.joinedup.caseservice.rules.RuleViolation;

/** The access log is searched over a period that starts before it ends and lasts at most a year. */
public class PeriodNotAllowed extends RuleViolation {

    PeriodNotAllowed(String code, String message) {
        super(code, message);
    }
}
