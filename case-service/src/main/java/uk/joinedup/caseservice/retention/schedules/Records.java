package uk.joinedup.caseservice.retention.schedules;

import java.util.Arrays;
import java.util.Optional;

/** Whose records a schedule covers. A child is a person whose record was opened before their 18th birthday. */
public enum Records {
    FAMILY_CASE("family-case", "an early-help family case"),
    CHILD("child", "a child's records"),
    ADULT("adult", "an adult's records");

    private final String key;
    private final String words;

    Records(String key, String words) {
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

    static Optional<Records> byKey(String key) {
        return Arrays.stream(values())
                .filter(records -> records.key.equals(key))
                .findFirst();
    }
}
