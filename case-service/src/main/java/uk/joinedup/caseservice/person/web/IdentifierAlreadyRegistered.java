package uk.joinedup.caseservice.person.web;

import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * A national identifier belongs to one person: registering it again would make a duplicate. The refusal
 * names nobody: who holds the identifier is for the possible-duplicates search, which is logged.
 */
class IdentifierAlreadyRegistered extends RuleViolation {

    IdentifierAlreadyRegistered() {
        super(
                "identifier-already-registered",
                "A person with this identifier is already registered: find them among the possible duplicates");
    }
}
