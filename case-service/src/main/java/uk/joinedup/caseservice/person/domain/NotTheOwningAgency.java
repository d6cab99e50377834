package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only the agency that recorded a fact may correct or retract it. */
class NotTheOwningAgency extends RuleViolation {

    NotTheOwningAgency() {
        super("not-owning-agency", "Only the agency that recorded this fact can change it");
    }
}
