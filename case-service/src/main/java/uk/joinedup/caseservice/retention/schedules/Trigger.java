package uk.joinedup.caseservice.retention.schedules;

import java.util.Arrays;
import java.util.Optional;

/** What starts a schedule's period. */
public enum Trigger {
    /** The day the case was last closed; never while it is open. */
    CASE_CLOSED("case-closed", "after the case closed"),
    /** The person's date of birth: the period ends on a birthday. */
    DATE_OF_BIRTH("date-of-birth", "after the date of birth"),
    /** The business date of the last fact recorded in the category. */
    LAST_FACT("last-fact", "after the last fact recorded");

    private final String key;
    private final String words;

    Trigger(String key, String words) {
        this.key = key;
        this.words = words;
    }

    /** As written in a schedule's file. */
    public String key() {
        return key;
    }

    public String inWords() {
        return words;
    }

    static Optional<Trigger> byKey(String key) {
        return Arrays.stream(values())
                .filter(trigger -> trigger.key.equals(key))
                .findFirst();
    }
}
