package uk.joinedup.caseservice.budget.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An allocation, commitment or spend is recorded once under its id. */
class AlreadyRecorded extends RuleViolation {

    AlreadyRecorded() {
        super("already-recorded", "This has been recorded already");
    }
}
