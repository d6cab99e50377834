package uk.joinedup.caseservice.person.web;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A fact naming another person (a parent, say) names someone registered: find or register them first. */
class NamedPersonNotRegistered extends RuleViolation {

    NamedPersonNotRegistered() {
        super("person-not-registered", "The fact names a person who is not registered: find or register them first");
    }
}
