package uk.joinedup.caseservice.person.web;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A national identifier belongs to one person: registering it again would make a duplicate. */
class IdentifierAlreadyRegistered extends RuleViolation {

    IdentifierAlreadyRegistered(String personId) {
        super(
                "identifier-already-registered",
                "A person with this identifier is already registered (" + personId + "): use their record");
    }
}
