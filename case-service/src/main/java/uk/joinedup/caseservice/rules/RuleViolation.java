package uk.joinedup.caseservice.rules;

import java.time.LocalDate;
import java.util.Locale;

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

    /** A date as messages say it: 1 October 2026. */
    protected static String inWords(LocalDate date) {
        return InWords.date(date);
    }

    /** A type name as messages say it: OffenceProven becomes "offence proven". */
    protected static String inWords(String typeName) {
        return typeName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    }
}
