package uk.joinedup.caseservice.infrastructure.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;

/**
 * Lookup documents keyed by what they are looked up by ({@code prefix:smi}, {@code phon:SM0},
 * {@code dob:1990-01-31}), each holding the ids filed under the key with a short text about each (their
 * name's words, to rank them without reading them). Keys that grow with the population (name prefixes and
 * sounds, years of birth, postcode sectors) are split into {@value #SHARDS} documents by a hash of the id,
 * because a document is rewritten whole on every change and a big one is slow to rewrite
 * ({@code docs/benchmarks.md}); a key is read with one {@code _id $in} of its shards.
 */
public final class KeyBuckets {

    public static final int SHARDS = 8;
    private static final List<String> GROWING = List.of("prefix:", "phon:", "dobyear:", "postsector:");

    private final DocumentCollection<Bucket> buckets;

    public KeyBuckets(MongoDocuments documents, String collection) {
        this.buckets = documents.collection(collection, Bucket.class);
    }

    /** Files {@code id} under {@code key} with its text: one atomic update of one document. */
    public void file(String key, String id, String text) {
        buckets.putEntry(documentId(key, id), "entries", safe(id), text);
    }

    /**
     * Takes {@code id} out of {@code key} and deletes the key's document if nothing is left in it: its {@code _id}
     * is made of a name, a date of birth or an identifier, which must not outlive the last person filed under it
     * (a correction, an erasure). Two atomic writes of one document; an id filed there meanwhile keeps it.
     */
    public void unfileAndDropIfEmpty(String key, String id) {
        String documentId = documentId(key, id);
        buckets.removeEntry(documentId, "entries", safe(id));
        buckets.deleteIfEmpty(documentId, "entries");
    }

    /** Deletes everything filed under a key (every shard of it, each by {@code _id}). */
    public void forget(String key) {
        documentIds(key).forEach(buckets::delete);
    }

    /** What is filed under each key (ids and their texts), in one read. */
    public Map<String, Map<String, String>> read(Collection<String> keys) {
        Set<String> documentIds = new LinkedHashSet<>();
        for (String key : keys) {
            documentIds.addAll(documentIds(key));
        }
        Map<String, Map<String, String>> filed = new HashMap<>();
        keys.forEach(key -> filed.put(key, new HashMap<>()));
        for (Bucket bucket : buckets.findAll(documentIds)) {
            String key = keyOf(bucket.key());
            filed.computeIfAbsent(key, k -> new HashMap<>()).putAll(bucket.entries());
        }
        return filed;
    }

    public void deleteAll() {
        buckets.deleteAll();
    }

    static boolean growing(String key) {
        return GROWING.stream().anyMatch(key::startsWith);
    }

    private static String documentId(String key, String id) {
        return growing(key) ? key + "#" + Math.floorMod(id.hashCode(), SHARDS) : key;
    }

    private static List<String> documentIds(String key) {
        if (!growing(key)) {
            return List.of(key);
        }
        List<String> ids = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            ids.add(key + "#" + shard);
        }
        return ids;
    }

    private static String keyOf(String documentId) {
        int shard = documentId.lastIndexOf('#');
        return shard >= 0 && growing(documentId) ? documentId.substring(0, shard) : documentId;
    }

    /** Ids become field names: they must not hold a dot or start with a dollar (ours are UUIDs). */
    private static String safe(String id) {
        if (id.contains(".") || id.startsWith("$")) {
            throw new IllegalArgumentException("An id cannot be filed: " + id);
        }
        return id;
    }

    /** The ids filed under one key (or one shard of it), with their texts. */
    record Bucket(@JsonProperty("_id") String key, Map<String, String> entries) {

        Bucket {
            entries = entries == null ? Map.of() : Map.copyOf(entries);
        }
    }
}
