package uk.joinedup.caseservice.infrastructure.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;

/**
 * The records of one versioned collection as last converted from their documents, by id and version.
 * Converting a document into its record with Jackson (every date parsed from its text) was about a third
 * of case-service's processor time when pages were read, most of it for family and person records read
 * again unchanged. Those records carry a {@value #VERSION} that every change raises (the sequence number
 * of the last event applied), so a document whose version matches the remembered record's is that
 * record. Bounded by weight (one per record and one per element of its top-level lists and maps: a
 * chronology of 1,000 entries weighs 1,001), the least used first out.
 */
final class ConvertedRecords<T> {

    static final String VERSION = "version";

    private final Cache<String, Converted<T>> converted;

    ConvertedRecords(long maximumWeight) {
        this.converted = Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .weigher((String id, Converted<T> record) -> record.weight())
                .build();
    }

    /** The record remembered for this id if it is of the version this stamp ({@code _id} and version) gives. */
    Optional<T> current(String id, Document stamp) {
        Long version = versionOf(stamp);
        Converted<T> known = converted.getIfPresent(id);
        return known != null && version != null && known.version() == version
                ? Optional.of(known.record())
                : Optional.empty();
    }

    /** The record of this document: the remembered one if its version matches, else converted now. */
    T of(Document document, Function<Document, T> convert) {
        String id = String.valueOf(document.get("_id"));
        return current(id, document).orElseGet(() -> {
            T record = convert.apply(document);
            remember(id, document, record);
            return record;
        });
    }

    /** Remembers a record just stored as this document (the projection reads it back for its next event). */
    void remember(String id, Document document, T record) {
        Long version = versionOf(document);
        if (version == null) {
            converted.invalidate(id);
        } else {
            converted.put(id, new Converted<>(version, record, weightOf(document)));
        }
    }

    void forget(String id) {
        converted.invalidate(id);
    }

    void forgetAll() {
        converted.invalidateAll();
    }

    private static Long versionOf(Document document) {
        return document.get(VERSION) instanceof Number number ? number.longValue() : null;
    }

    private static int weightOf(Document document) {
        int weight = 1;
        for (Object value : document.values()) {
            if (value instanceof Collection<?> list) {
                weight += list.size();
            } else if (value instanceof Map<?, ?> map) {
                weight += map.size();
            }
        }
        return weight;
    }

    private record Converted<T>(long version, T record, int weight) {}
}
