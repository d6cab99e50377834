package uk.joinedup.caseservice.subjectaccess.web;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A subject access request is for a registered person: JoinedUp holds nothing about anyone else. */
class PersonNotRegistered extends RuleViolation {

    PersonNotRegistered() {
        super(
                "person-not-registered",
                "No one is registered with this person id: JoinedUp holds nothing about them to answer with");
    }
}
