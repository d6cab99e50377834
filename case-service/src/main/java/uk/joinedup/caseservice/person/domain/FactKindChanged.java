package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A correction keeps the kind of fact; record a new fact and retract the old one instead. */
class FactKindChanged extends RuleViolation {

    FactKindChanged(String from, String to) {
        super(
                "fact-kind-changed",
                "\"" + inWords(from) + "\" cannot be corrected into \"" + inWords(to)
                        + "\": retract it and record a new fact");
    }
}
