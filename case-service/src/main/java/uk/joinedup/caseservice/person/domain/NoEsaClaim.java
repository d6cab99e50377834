package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A change of Employment and Support Allowance group happens within an open ESA claim. */
class NoEsaClaim extends RuleViolation {

    NoEsaClaim(LocalDate on) {
        super("no-esa-claim", "The person had no open Employment and Support Allowance claim on " + inWords(on));
    }
}
