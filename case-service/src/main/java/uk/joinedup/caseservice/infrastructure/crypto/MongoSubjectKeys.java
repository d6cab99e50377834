package uk.joinedup.caseservice.infrastructure.crypto;

import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.bson.BsonBinary;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * Subject keys in the collection {@value #COLLECTION}, each wrapped by a master key, written and read with majority
 * concern as the access log is:
 *
 * <pre>
 * { _id: "person/p-1", generation: 1, wrapped: BinData(…), createdAt: ISODate(…) }
 * { _id: "person/p-2", destroyedAt: ISODate(…), erasure: "e-7" }      after an erasure: no key material
 * </pre>
 *
 * A key is created by inserting it; of two instances racing to create one, the loser's insert fails and it reads
 * and uses the winner's.
 * Reads are by {@code _id}, or {@code $in} over at most {@value #IN_LIST} ids (ADR 24).
 */
public final class MongoSubjectKeys implements SubjectKeys {

    static final String COLLECTION = "subject_keys";
    static final int IN_LIST = 100;

    private static final String ID = "_id";
    private static final String GENERATION = "generation";
    private static final String WRAPPED = "wrapped";
    private static final String CREATED_AT = "createdAt";
    private static final String DESTROYED_AT = "destroyedAt";
    private static final String ERASURE = "erasure";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<BsonDocument> keys;
    private final MasterKeys masterKeys;
    private final Clock clock;

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

    @Override
    public SubjectKey keyFor(String keyId) {
        BsonDocument stored = byId(keyId);
        if (stored == null) {
            stored = created(keyId);
        }
        if (stored.containsKey(ERASURE)) {
            throw new SubjectKeyDestroyed(keyId, stored.getString(ERASURE).getValue());
        }
        return keyIn(keyId, stored);
    }

    @Override
    public Map<String, KeyState> find(Collection<String> keyIds) {
        Map<String, KeyState> states = new LinkedHashMap<>();
        keyIds.forEach(keyId -> states.put(keyId, new KeyState.Missing()));
        List<String> distinct = List.copyOf(states.keySet());
        for (int from = 0; from < distinct.size(); from += IN_LIST) {
            List<String> window = distinct.subList(from, Math.min(from + IN_LIST, distinct.size()));
            for (BsonDocument stored : keys.find(Filters.in(ID, window))) {
                String keyId = stored.getString(ID).getValue();
                states.put(keyId, stateOf(keyId, stored));
            }
        }
        return states;
    }

    @Override
    public void destroy(String keyId, String erasure) {
        BsonDocument tombstone = new BsonDocument(ID, new BsonString(keyId))
                .append(DESTROYED_AT, new BsonDateTime(clock.millis()))
                .append(ERASURE, new BsonString(erasure));
        try {
            keys.replaceOne(
                    Filters.and(Filters.eq(ID, keyId), Filters.exists(ERASURE, false)),
                    tombstone,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The filter missed an existing tombstone, so the upsert collided with it: the first erasure stays.
            BsonDocument stored = byId(keyId);
            if (stored == null || !stored.containsKey(ERASURE)) {
                throw e;
            }
        }
    }

    private BsonDocument byId(String keyId) {
        return keys.find(Filters.eq(ID, keyId)).first();
    }

    private BsonDocument created(String keyId) {
        byte[] key = new byte[KeyWrap.SUBJECT_KEY_BYTES];
        RANDOM.nextBytes(key);
        MasterKeys.Wrapped wrapped = masterKeys.wrap(keyId, key);
        BsonDocument document = new BsonDocument(ID, new BsonString(keyId))
                .append(GENERATION, new BsonInt32(wrapped.generation()))
                .append(WRAPPED, new BsonBinary(wrapped.bytes()))
                .append(CREATED_AT, new BsonDateTime(clock.millis()));
        try {
            keys.insertOne(document);
            return document;
        } catch (MongoWriteException e) {
            BsonDocument winner = byId(keyId);
            if (winner == null) {
                throw e;
            }
            return winner;
        }
    }

    private KeyState stateOf(String keyId, BsonDocument stored) {
        return stored.containsKey(ERASURE)
                ? new KeyState.Destroyed(stored.getString(ERASURE).getValue())
                : new KeyState.Present(keyIn(keyId, stored));
    }

    private SubjectKey keyIn(String keyId, BsonDocument stored) {
        if (!stored.containsKey(WRAPPED) || !stored.containsKey(GENERATION)) {
            throw new IllegalStateException("the stored key " + keyId + " has neither key material nor a tombstone");
        }
        byte[] key = masterKeys.unwrap(
                stored.getInt32(GENERATION).getValue(),
                stored.getBinary(WRAPPED).getData(),
                keyId);
        return new SubjectKey(keyId, new SecretKeySpec(key, "AES"));
    }

    private static MongoCollection<BsonDocument> collection(MongoDatabase database) {
        return database.getCollection(COLLECTION, BsonDocument.class)
                .withWriteConcern(WriteConcern.MAJORITY)
                .withReadConcern(ReadConcern.MAJORITY);
    }
}
