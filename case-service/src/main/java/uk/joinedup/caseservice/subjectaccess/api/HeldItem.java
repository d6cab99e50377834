package uk.joinedup.caseservice.subjectaccess.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One item held: a fact, a casework entry, a consent, an override. A removed item keeps only its id and its
 * redaction: even its kind and date would tell something about someone else.
 *
 * @param itemId stable across assemblies and opaque ({@link #idFor}): what an override names
 * @param kind what it is (a fact type such as {@code ExcludedFromSchool}, a casework event, a consent), or null
 *     when removed
 * @param occurredOn its business date, or null when removed or undated
 * @param recordedBy the agency that recorded it, by name, or null when removed
 * @param category the kind of information, or null when removed
 * @param content what it says, field by field in the order of their names, with redacted parts replaced; empty
 *     when removed
 * @param redaction why part or all of it is redacted, or whether an officer released it; null when nothing in
 *     it is another person's
 */
public record HeldItem(
        String itemId,
        String kind,
        LocalDate occurredOn,
        String recordedBy,
        String category,
        Map<String, String> content,
        Redaction redaction) {

    public HeldItem {
        // sorted by field, so that the export reads the same on every assembly
        content = content == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(content));
    }

    /**
     * The id of the item held under {@code key} ({@code person:<person>:<entry>}, {@code
     * family:<family>:member:<person>}…): a name-based UUID of it, the same on every assembly, which names no one
     * (a removed item's id must not give away whose it is).
     */
    public static String idFor(String key) {
        return "item-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
