package uk.joinedup.caseservice.emergency.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only practitioners, who work with families, break glass: not an information-governance officer or an administrator alone. */
class PractitionersOnly extends RuleViolation {

    PractitionersOnly() {
        super("practitioners-only", "Only a keyworker or a team manager can open a record in an emergency");
    }
}
