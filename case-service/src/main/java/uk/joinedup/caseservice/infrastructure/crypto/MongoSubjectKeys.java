package uk.joinedup.caseservice.infrastructure.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import javax.crypto.spec.SecretKeySpec;
import org.bson.BsonBinary;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

/**
 * Subject keys in the collection {@value #COLLECTION}, grouped into {@value #BUCKETS} bucket documents by a hash of
 * the key id, each key wrapped by a master key, written and read with majority concern as the access log is:
 *
 * <pre>
 * { _id: 417, keys: {
 *     "person/p-1": { generation: 1, wrapped: BinData(…), createdAt: ISODate(…) },
 *     "person/p-2": { destroyedAt: ISODate(…), erasure: "e-7" } } }      after an erasure: no key material
 * </pre>
 *
 * A replay started cold reads at most {@value #BUCKETS} key documents, whatever the number of people (ADR 31: on
 * the embedded server a document read costs about what a commit costs, so one document per person held replay at
 * 0.70 of its ceiling). Buckets read are remembered for {@link #BUCKETS_REMEMBERED_FOR}, wrapped as stored; a key
 * not in a remembered bucket sends for the bucket again, since another instance may have created it, and {@link
 * #forget} drops the bucket of a key another instance destroyed.
 *
 * <p>A key is created by setting its entry only where the bucket has none; of two instances racing to create one,
 * the loser's update finds the winner's entry, its upsert collides with the bucket, and it reads and uses the
 * winner's. Reads are by {@code _id}, or {@code $in} over at most {@value #IN_LIST} buckets (ADR 24). Key ids are
 * field names here: {@code .}, {@code $} and {@code %} in them are escaped.
 */
public final class MongoSubjectKeys implements SubjectKeys {

    static final String COLLECTION = "subject_keys";
    static final int BUCKETS = 1024;
    static final int IN_LIST = 100;
    static final Duration BUCKETS_REMEMBERED_FOR = Duration.ofMinutes(1);

    private static final String ID = "_id";
    private static final String KEYS = "keys";
    private static final String GENERATION = "generation";
    private static final String WRAPPED = "wrapped";
    private static final String CREATED_AT = "createdAt";
    private static final String DESTROYED_AT = "destroyedAt";
    private static final String ERASURE = "erasure";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<BsonDocument> keys;
    private final MasterKeys masterKeys;
    private final Clock clock;
    /** Every bucket's id, in lists of {@value #IN_LIST}: what a walk over the whole store reads, list by list. */
    private final Collection<List<Integer>> everyBucket = IntStream.range(0, BUCKETS)
            .boxed()
            .collect(Collectors.groupingBy(bucket -> bucket / IN_LIST, TreeMap::new, Collectors.toList()))
            .values();

    private final Cache<Integer, BsonDocument> bucketsRead = Caffeine.newBuilder()
            .maximumSize(BUCKETS)
            .expireAfterWrite(BUCKETS_REMEMBERED_FOR)
            .build();

    public MongoSubjectKeys(MongoDatabase database, MasterKeys masterKeys, Clock clock) {
        this.keys = collection(database);
        this.masterKeys = masterKeys;
        this.clock = clock;
    }

    /** Whether the store holds anything yet (a key or a tombstone): then its master keys must already exist. */
    public static boolean holdsAny(MongoDatabase database) {
        return collection(database)
                        .find()
                        .projection(new BsonDocument(ID, new BsonInt32(1)))
                        .first()
                != null;
    }

    /**
     * Moves keys stored one per document (this store's first layout, {@code { _id: "person/p-1", generation, wrapped,
     * createdAt }} or a tombstone) into their buckets, then deletes each. A key already in its bucket stays as it is,
     * unless the moved document is a tombstone; stopped halfway, it carries on from where it was the next time.
     *
     * @return how many documents were moved
     */
    public int moveKeysStoredOnePerDocument() {
        int moved = 0;
        for (BsonDocument stored : keys.find(Filters.type(ID, BsonType.STRING))) {
            String keyId = stored.getString(ID).getValue();
            BsonDocument entry = stored.clone();
            entry.remove(ID);
            try {
                String field = KEYS + "." + fieldOf(keyId);
                setWhereAbsent(
                        keyId,
                        Filters.exists(entry.containsKey(ERASURE) ? field + "." + ERASURE : field, false),
                        entry);
            } catch (MongoWriteException e) {
                if (!isDuplicate(e)) {
                    throw e;
                }
            }
            keys.deleteOne(Filters.eq(ID, keyId));
            moved++;
        }
        bucketsRead.invalidateAll();
        return moved;
    }

    /**
     * Wraps again, under the current master key generation, every key wrapped by an older one, bucket by bucket;
     * a key destroyed meanwhile stays destroyed (each entry is replaced only while it holds the bytes read). A bucket
     * remembered with a key wrapped by the older generation still opens it, for as long as that generation is kept.
     *
     * @return how many keys were wrapped again, and how many keys each generation wraps afterwards
     */
    public Rewrapping rewrapUnderCurrentGeneration() {
        int current = masterKeys.currentGeneration();
        int rewrapped = 0;
        Map<Integer, Integer> keysByGeneration = new TreeMap<>();
        for (List<Integer> window : everyBucket) {
            for (BsonDocument bucket : keys.find(Filters.in(ID, window))) {
                int id = bucket.getInt32(ID).getValue();
                for (Map.Entry<String, BsonValue> stored :
                        bucket.getDocument(KEYS, new BsonDocument()).entrySet()) {
                    BsonDocument entry = stored.getValue().asDocument();
                    if (!entry.containsKey(GENERATION)) {
                        continue;
                    }
                    int generation = entry.getInt32(GENERATION).getValue();
                    if (generation < current && rewrapped(id, stored.getKey(), entry)) {
                        rewrapped++;
                        generation = current;
                    }
                    keysByGeneration.merge(generation, 1, Integer::sum);
                }
            }
        }
        return new Rewrapping(current, rewrapped, keysByGeneration);
    }

    /** What {@link #rewrapUnderCurrentGeneration} did: keys wrapped again, and keys per generation after it. */
    public record Rewrapping(int currentGeneration, int rewrapped, Map<Integer, Integer> keysByGeneration) {

        public Rewrapping {
            keysByGeneration = Map.copyOf(keysByGeneration);
        }
    }

    private boolean rewrapped(int bucket, String field, BsonDocument entry) {
        String keyId = keyIdOf(field);
        byte[] key = masterKeys.unwrap(
                entry.getInt32(GENERATION).getValue(), entry.getBinary(WRAPPED).getData(), keyId);
        MasterKeys.Wrapped wrapped = masterKeys.wrap(keyId, key);
        BsonDocument again = entry.clone()
                .append(GENERATION, new BsonInt32(wrapped.generation()))
                .append(WRAPPED, new BsonBinary(wrapped.bytes()));
        String path = KEYS + "." + field;
        return keys.updateOne(
                                Filters.and(
                                        Filters.eq(ID, bucket), Filters.eq(path + "." + WRAPPED, entry.get(WRAPPED))),
                                Updates.set(path, again))
                        .getModifiedCount()
                == 1;
    }

    /**
     * The bucket document holding this key's entry: a CRC-32C of the key id, which spreads ids that differ only in
     * their last characters over every bucket ({@code String.hashCode} put 3,000 numbered ids in half of them).
     */
    static int bucketOf(String keyId) {
        CRC32C crc = new CRC32C();
        crc.update(keyId.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % BUCKETS);
    }

    /** The key id as a field name of its bucket's {@code keys}. */
    static String fieldOf(String keyId) {
        return keyId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    /** The key id a field name of {@code keys} stands for. */
    static String keyIdOf(String field) {
        return field.replace("%2E", ".").replace("%24", "$").replace("%25", "%");
    }

    @Override
    public SubjectKey keyFor(String keyId) {
        BsonDocument remembered = bucketsRead.getIfPresent(bucketOf(keyId));
        BsonDocument entry = remembered == null ? null : entryIn(remembered, keyId);
        if (entry == null && remembered == null) {
            entry = storedEntry(keyId);
        }
        if (entry == null) {
            entry = created(keyId);
        }
        if (entry.containsKey(ERASURE)) {
            throw new SubjectKeyDestroyed(keyId, entry.getString(ERASURE).getValue());
        }
        return keyIn(keyId, entry);
    }

    /** Takes each key from a remembered bucket when it is there, and reads the other buckets at once. */
    @Override
    public Map<String, KeyState> find(Collection<String> keyIds) {
        Map<String, BsonDocument> entries = new LinkedHashMap<>();
        Set<Integer> toRead = new LinkedHashSet<>();
        for (String keyId : keyIds) {
            BsonDocument remembered = bucketsRead.getIfPresent(bucketOf(keyId));
            BsonDocument entry = remembered == null ? null : entryIn(remembered, keyId);
            entries.put(keyId, entry);
            if (entry == null) {
                toRead.add(bucketOf(keyId));
            }
        }
        Map<Integer, BsonDocument> read = read(toRead);
        Map<String, KeyState> states = new LinkedHashMap<>();
        entries.forEach((keyId, entry) -> {
            BsonDocument found = entry != null ? entry : entryIn(read.get(bucketOf(keyId)), keyId);
            states.put(keyId, found == null ? new KeyState.Missing() : stateOf(keyId, found));
        });
        return states;
    }

    @Override
    public void destroy(String keyId, String erasure) {
        BsonDocument tombstone = new BsonDocument(DESTROYED_AT, new BsonDateTime(clock.millis()))
                .append(ERASURE, new BsonString(erasure));
        String field = KEYS + "." + fieldOf(keyId);
        try {
            setWhereAbsent(keyId, Filters.exists(field + "." + ERASURE, false), tombstone);
        } catch (MongoWriteException e) {
            // The filter missed an existing tombstone, so the upsert collided with the bucket: the first erasure stays.
            BsonDocument stored = storedEntry(keyId);
            if (stored == null || !stored.containsKey(ERASURE)) {
                throw e;
            }
        } finally {
            bucketsRead.invalidate(bucketOf(keyId));
        }
    }

    /** Drops the remembered bucket of a key that another instance may have destroyed. */
    @Override
    public void forget(String keyId) {
        bucketsRead.invalidate(bucketOf(keyId));
    }

    /** The key's entry as its bucket holds it now (and the bucket remembered), or {@code null}. */
    private BsonDocument storedEntry(String keyId) {
        return entryIn(read(Set.of(bucketOf(keyId))).get(bucketOf(keyId)), keyId);
    }

    private Map<Integer, BsonDocument> read(Set<Integer> buckets) {
        Map<Integer, BsonDocument> read = new LinkedHashMap<>();
        List<Integer> distinct = new ArrayList<>(buckets);
        for (int from = 0; from < distinct.size(); from += IN_LIST) {
            List<Integer> window = distinct.subList(from, Math.min(from + IN_LIST, distinct.size()));
            for (BsonDocument bucket : keys.find(Filters.in(ID, window))) {
                int id = bucket.getInt32(ID).getValue();
                BsonDocument entries = bucket.getDocument(KEYS, new BsonDocument());
                read.put(id, entries);
                bucketsRead.put(id, entries);
            }
        }
        return read;
    }

    private BsonDocument created(String keyId) {
        byte[] key = new byte[KeyWrap.SUBJECT_KEY_BYTES];
        RANDOM.nextBytes(key);
        MasterKeys.Wrapped wrapped = masterKeys.wrap(keyId, key);
        BsonDocument entry = new BsonDocument(GENERATION, new BsonInt32(wrapped.generation()))
                .append(WRAPPED, new BsonBinary(wrapped.bytes()))
                .append(CREATED_AT, new BsonDateTime(clock.millis()));
        try {
            setWhereAbsent(keyId, Filters.exists(KEYS + "." + fieldOf(keyId), false), entry);
            return entry;
        } catch (MongoWriteException e) {
            BsonDocument winner = storedEntry(keyId);
            if (winner == null) {
                throw e;
            }
            return winner;
        }
    }

    /**
     * Sets the key's entry in its bucket, creating the bucket if there is none, where {@code absent} holds: where it
     * does not, the upsert collides with the existing bucket and throws a duplicate key error.
     */
    private void setWhereAbsent(String keyId, Bson absent, BsonDocument entry) {
        keys.updateOne(
                Filters.and(Filters.eq(ID, bucketOf(keyId)), absent),
                Updates.set(KEYS + "." + fieldOf(keyId), entry),
                new UpdateOptions().upsert(true));
    }

    private KeyState stateOf(String keyId, BsonDocument entry) {
        return entry.containsKey(ERASURE)
                ? new KeyState.Destroyed(entry.getString(ERASURE).getValue())
                : new KeyState.Present(keyIn(keyId, entry));
    }

    private SubjectKey keyIn(String keyId, BsonDocument entry) {
        if (!entry.containsKey(WRAPPED) || !entry.containsKey(GENERATION)) {
            throw new IllegalStateException("the stored key " + keyId + " has neither key material nor a tombstone");
        }
        byte[] key = masterKeys.unwrap(
                entry.getInt32(GENERATION).getValue(), entry.getBinary(WRAPPED).getData(), keyId);
        return new SubjectKey(keyId, new SecretKeySpec(key, "AES"));
    }

    private static BsonDocument entryIn(BsonDocument bucketKeys, String keyId) {
        if (bucketKeys == null) {
            return null;
        }
        BsonValue entry = bucketKeys.get(fieldOf(keyId));
        return entry == null ? null : entry.asDocument();
    }

    private static boolean isDuplicate(MongoWriteException e) {
        return ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    private static MongoCollection<BsonDocument> collection(MongoDatabase database) {
        return database.getCollection(COLLECTION, BsonDocument.class)
                .withWriteConcern(WriteConcern.MAJORITY)
                .withReadConcern(ReadConcern.MAJORITY);
    }
}
