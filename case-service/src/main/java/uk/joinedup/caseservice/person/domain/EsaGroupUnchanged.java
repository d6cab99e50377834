package uk.joinedup.caseservice.person.domain;

import uk.joinedup.caseservice.catalogue.EsaGroup;
import uk.joinedup.caseservice.rules.RuleViolation;

/** A change of Employment and Support Allowance group moves the claim to another group. */
class EsaGroupUnchanged extends RuleViolation {

    EsaGroupUnchanged(EsaGroup group) {
        super(
                "esa-group-unchanged",
                "The claim was already in the " + inWords(group.name()).replace('_', ' ') + " on that date");
    }
}
