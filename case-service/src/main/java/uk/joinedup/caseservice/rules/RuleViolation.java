package uk.joinedup.caseservice.rules;

/**
 * A command refused by a named business rule. The code is stable (clients branch on it); the message
 * is written for the person who issued the command.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String code;

    protected RuleViolation(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
