package uk.joinedup.caseservice.views.subjectaccess;

import java.time.LocalDate;
import java.util.Map;

/**
 * One item held, as assembled and before redaction: what it says, and whom it is about.
 *
 * @param itemId stable across assemblies ({@code fact:<entry>:<person>}, {@code family:<family>:<entry>}…)
 * @param aboutPersonId the person it is about, or null when it is about a family as a whole or about no one
 *     in particular
 * @param content what it says, field by field
 */
record Held(
        String itemId,
        String kind,
        LocalDate occurredOn,
        String recordedBy,
        String category,
        String aboutPersonId,
        Map<String, String> content) {

    Held {
        content = content == null ? Map.of() : Map.copyOf(content);
    }
}
