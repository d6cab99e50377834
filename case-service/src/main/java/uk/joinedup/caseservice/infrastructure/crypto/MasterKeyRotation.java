package uk.joinedup.caseservice.infrastructure.crypto;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Changes the master key on schedule (ADR 31): when the current generation has wrapped new keys for {@code
 * joinedup.crypto.rotate-master-key-every}, the next one begins; at every check, each key still wrapped by an older
 * generation is wrapped again under the current one. {@value #COLLECTION} records when each generation began and how
 * many keys it wrapped at the last check, so the council knows when an old generation's file may be destroyed: once
 * it wraps no key and the last database backup taken before then has expired (docs/runbooks/master-keys.md).
 *
 * <pre>
 * { _id: 2, beganAt: ISODate(…), checkedAt: ISODate(…), keys: 1843 }
 * </pre>
 */
public final class MasterKeyRotation {

    static final String COLLECTION = "master_key_generations";

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);

    private final MasterKeys masterKeys;
    private final MongoSubjectKeys keys;
    private final MongoCollection<BsonDocument> generations;
    private final Duration rotateEvery;
    private final Clock clock;

    MasterKeyRotation(
            MasterKeys masterKeys, MongoSubjectKeys keys, MongoDatabase database, Duration rotateEvery, Clock clock) {
        this.masterKeys = masterKeys;
        this.keys = keys;
        this.generations =
                database.getCollection(COLLECTION, BsonDocument.class).withWriteConcern(WriteConcern.MAJORITY);
        this.rotateEvery = rotateEvery;
        this.clock = clock;
    }

    /** Begins the next generation if the current one is due, and wraps every older key again under the current. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${joinedup.crypto.rotation-checked-every:PT1H}")
    public void check() {
        masterKeys.refresh();
        Instant now = clock.instant();
        int current = masterKeys.currentGeneration();
        if (!beganAt(current, now).plus(rotateEvery).isAfter(now)) {
            current = masterKeys.rotate();
            beganAt(current, now);
            log.info("Master key generation {} began; every key is being wrapped again under it", current);
        }
        MongoSubjectKeys.Rewrapping rewrapping = keys.rewrapUnderCurrentGeneration();
        for (int generation = 1; generation <= rewrapping.currentGeneration(); generation++) {
            generations.updateOne(
                    Filters.eq("_id", generation),
                    Updates.combine(
                            Updates.set("checkedAt", new BsonDateTime(now.toEpochMilli())),
                            Updates.set("keys", rewrapping.keysByGeneration().getOrDefault(generation, 0))),
                    new UpdateOptions().upsert(true));
        }
        if (rewrapping.rewrapped() > 0) {
            log.info(
                    "Wrapped {} keys again under master key generation {}",
                    rewrapping.rewrapped(),
                    rewrapping.currentGeneration());
        }
    }

    /** When the generation began; one begun before it was recorded (the first, at the first check) counts from now. */
    private Instant beganAt(int generation, Instant now) {
        generations.updateOne(
                Filters.eq("_id", generation),
                Updates.setOnInsert("beganAt", new BsonDateTime(now.toEpochMilli())),
                new UpdateOptions().upsert(true));
        BsonDocument recorded = generations.find(Filters.eq("_id", generation)).first();
        return Instant.ofEpochMilli(recorded.getDateTime("beganAt").getValue());
    }
}
