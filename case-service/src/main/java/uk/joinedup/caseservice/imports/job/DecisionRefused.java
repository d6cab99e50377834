package uk.joinedup.caseservice.imports.job;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A review decision that cannot be carried out as asked. */
class DecisionRefused extends RuleViolation {

    private DecisionRefused(String code, String message) {
        super(code, message);
    }

    static DecisionRefused unknownPerson() {
        return new DecisionRefused("unknown-person", "Nobody is registered with that person id");
    }

    static DecisionRefused typeRegistersNobody(String typeName) {
        return new DecisionRefused(
                "extract-registers-nobody",
                "A " + typeName + " extract does not register people: match the row to someone, or skip it");
    }

    /** The person's record refused the row's fact (dated before their birth, say): the row still waits. */
    static DecisionRefused byTheRecord(String reason) {
        return new DecisionRefused("refused-by-the-record", reason);
    }

    static DecisionRefused notEnoughToRegister() {
        return new DecisionRefused(
                "not-enough-to-register",
                "The row does not say the person's full name and date of birth: match it to someone, or skip it");
    }
}
