package uk.joinedup.caseservice.family.web;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Only a registered person can be added to a household: find or register them first. */
class PersonNotRegistered extends RuleViolation {

    PersonNotRegistered() {
        super("person-not-registered", "There is no registered person with this id: find or register them first");
    }
}
