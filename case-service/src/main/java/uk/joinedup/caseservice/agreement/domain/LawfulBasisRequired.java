package uk.joinedup.caseservice.agreement.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** An agreement rests on at least one lawful basis or statutory gateway. */
class LawfulBasisRequired extends RuleViolation {

    LawfulBasisRequired() {
        super("lawful-basis-required", "Choose at least one lawful basis the agreement rests on");
    }
}
