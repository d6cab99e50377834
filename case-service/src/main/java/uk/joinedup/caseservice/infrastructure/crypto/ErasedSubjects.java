package uk.joinedup.caseservice.infrastructure.crypto;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The erasures every instance hears of (ADR 31): the instance that destroys a subject's key records it here,
 * and every instance, every few seconds, forgets what it holds in memory of each subject erased since it last
 * looked: the key it may have cached and the aggregate it may have cached. Instances on one database have no
 * other channel. A dense log read by {@code _id} only: {@code { _id: n, subject: keyId, at }} and a head
 * {@code { _id: "head", last: n }}. It names subjects by their key ids, never by anything personal.
 */
@Component
public class ErasedSubjects {

    static final String COLLECTION = "erased_subjects";
    private static final BsonDocument HEAD = new BsonDocument("_id", new BsonString("head"));
    private static final int AT_ONCE = 100;

    private final MongoCollection<BsonDocument> log;
    private final CachedSubjectKeys keys;
    private final Cache aggregates;
    private final Clock clock;
    private final Duration every;
    private volatile long heardUpTo;

    ErasedSubjects(
            MongoDatabase database,
            CachedSubjectKeys keys,
            @Qualifier("aggregateCache") Cache aggregates,
            Clock clock,
            @Value("${joinedup.crypto.erasures-heard-every:PT5S}") Duration every) {
        this.log = database.getCollection(COLLECTION, BsonDocument.class);
        this.keys = keys;
        this.aggregates = aggregates;
        this.clock = clock;
        this.every = every;
        this.heardUpTo = last();
    }

    /** Records that the subject's key was destroyed, for every instance to hear; this one forgets it at once. */
    public void record(String keyId) {
        BsonDocument head = log.findOneAndUpdate(
                HEAD,
                new BsonDocument("$inc", new BsonDocument("last", new BsonInt64(1))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        log.insertOne(
                new BsonDocument("_id", new BsonInt64(head.getNumber("last").longValue()))
                        .append("subject", new BsonString(keyId))
                        .append("at", new BsonDateTime(clock.millis())));
        forget(keyId);
    }

    /** How long until every instance has heard of an erasure recorded now: two of their rounds. */
    public Duration heardWithin() {
        return every.multipliedBy(2);
    }

    /** Forgets, in this instance, every subject erased since the last round. */
    @Scheduled(
            initialDelayString = "${joinedup.crypto.erasures-heard-every:PT5S}",
            fixedDelayString = "${joinedup.crypto.erasures-heard-every:PT5S}")
    public void hear() {
        long last = last();
        if (last <= heardUpTo) {
            return;
        }
        List<BsonValue> positions = new ArrayList<>();
        for (long position = heardUpTo + 1; position <= last; position++) {
            positions.add(new BsonInt64(position));
        }
        for (int from = 0; from < positions.size(); from += AT_ONCE) {
            BsonDocument filter = new BsonDocument(
                    "_id",
                    new BsonDocument(
                            "$in", new BsonArray(positions.subList(from, Math.min(positions.size(), from + AT_ONCE)))));
            for (BsonDocument erased : log.find(filter)) {
                forget(erased.getString("subject").getValue());
            }
        }
        heardUpTo = last;
    }

    private void forget(String keyId) {
        keys.forget(keyId);
        aggregates.remove(keyId.substring(keyId.indexOf('/') + 1));
    }

    private long last() {
        BsonDocument head = log.find(HEAD).first();
        return head == null ? 0 : head.getNumber("last").longValue();
    }
}
