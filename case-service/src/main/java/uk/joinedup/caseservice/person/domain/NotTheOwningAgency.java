package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.rules.RuleViolation;

/** Only the agency that recorded a fact may correct or retract it. */
class NotTheOwningAgency extends RuleViolation {

    NotTheOwningAgency(FactId factId) {
        super("not-owning-agency", "Only the agency that recorded fact " + factId + " can change it");
    }
}
