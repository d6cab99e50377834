package uk.joinedup.caseservice.emergency.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** Glass is broken only to see what is withheld. */
class NothingWithheld extends RuleViolation {

    NothingWithheld() {
        super("nothing-withheld", "Nothing on this record is withheld from you: there is nothing to open");
    }
}
