package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A correction must change something. */
class CorrectionChangesNothing extends RuleViolation {

    CorrectionChangesNothing() {
        super("correction-changes-nothing", "The corrected details are the same as the recorded ones");
    }
}
