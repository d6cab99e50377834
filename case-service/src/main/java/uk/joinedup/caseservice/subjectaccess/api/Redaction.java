package uk.joinedup.caseservice.subjectaccess.api;

import java.util.List;

/**
 * Why an item is redacted, in plain words, and what the officer decided.
 *
 * @param how whether the whole item is removed or named parts of it are marked
 * @param reason the rule's reason, in plain words
 * @param fields the fields whose value was changed, when marked
 * @param overridden whether an officer released the item as it is: then nothing of it is redacted
 * @param overrideNote the officer's note, when overridden
 * @param overriddenBy the officer, by name, when overridden
 */
public record Redaction(
        How how, String reason, List<String> fields, boolean overridden, String overrideNote, String overriddenBy) {

    public Redaction {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** How much of an item a redaction takes out. */
    public enum How {
        /** All of it: the item is about someone else. */
        REMOVED,
        /** Other people's names and identifiers in it, replaced by a marker. */
        MARKED
    }
}
