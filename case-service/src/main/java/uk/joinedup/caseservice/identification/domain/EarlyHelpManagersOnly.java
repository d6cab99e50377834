package uk.joinedup.caseservice.identification.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Deciding about a candidate for early help is for a team manager of the council's early-help team. */
class EarlyHelpManagersOnly extends RuleViolation {

    EarlyHelpManagersOnly() {
        super("early-help-managers-only", "Only a team manager of an early-help team can decide about a candidate");
    }
}
