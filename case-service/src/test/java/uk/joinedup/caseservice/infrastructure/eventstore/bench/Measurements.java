package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import uk.joinedup.embeddedmongo.Durability;

/** The individual figures: replay, aggregate loading, and the raw driver's ceilings on the same server. */
final class Measurements {

    private static final String RAW_COLLECTION = "bench_raw_driver";
    private static final String FLOOR_COLLECTION = "bench_raw_driver_floor";
    private static final int IN_BATCH = 1000;
    private static final int INSERT_BATCH = 100;
    private static final int DURABLE_BATCH = 50;

    private Measurements() {}

    /** Reads {@code events} events from the start and deserialises them; returns events per second. */
    static double replay(EventStorageEngine engine, long events) {
        Replay replay = replay(engine, events, Duration.ofDays(1));
        if (replay.events() < events) {
            throw new IllegalStateException("Replay read " + replay.events() + " events, expected " + events);
        }
        return replay.eventsPerSecond();
    }

    /** How far a replay got, and how fast. */
    record Replay(long events, double seconds) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    /** Reads up to {@code events} events from the start, deserialising them, for at most {@code limit}. */
    static Replay replay(EventStorageEngine engine, long events, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long count = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (count < events && System.nanoTime() < deadline && iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                event.getPayload();
                event.getMetaData();
                count++;
            }
        }
        return new Replay(count, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The median time to load an aggregate through its repository, as a command handler would. Only
     * the load is timed: loading a long stream makes Axon take a snapshot when the unit of work ends,
     * so {@code beforeEach} can remove it again to keep measuring a load without one.
     */
    static double medianLoadMillis(Repository<?> repository, String aggregateId, int repetitions, Runnable beforeEach) {
        Latencies latencies = new Latencies();
        for (int repetition = 0; repetition <= repetitions; repetition++) {
            beforeEach.run();
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                long start = System.nanoTime();
                repository.load(aggregateId);
                if (repetition > 0) {
                    latencies.add(System.nanoTime() - start);
                }
            } finally {
                unitOfWork.rollback();
            }
        }
        return latencies.percentileMillis(50);
    }

    /** Up to {@code size} documents of the collection that hold events (tombstones are left out). */
    static List<BsonDocument> sample(MongoDatabase database, String collection, int size) {
        List<BsonDocument> sample = new ArrayList<>(size);
        for (BsonDocument document :
                database.getCollection(collection, BsonDocument.class).find().limit(size * 2)) {
            if (!document.containsKey("tombstone") && sample.size() < size) {
                sample.add(document);
            }
        }
        return sample;
    }

    static int averageSize(List<BsonDocument> documents) {
        long bytes = 0;
        for (BsonDocument document : documents) {
            bytes += new RawBsonDocument(document, new BsonDocumentCodec())
                    .getByteBuffer()
                    .remaining();
        }
        return documents.isEmpty() ? 0 : (int) (bytes / documents.size());
    }

    /**
     * Plain {@code insertMany} of batches of 100 copies of the engine's own documents (new {@code _id}s,
     * no other index); returns documents per second. The collection is kept for {@link #rawInRead}.
     */
    static double rawInsert(MongoDatabase database, List<BsonDocument> sample, int documents) {
        MongoCollection<BsonDocument> raw = database.getCollection(RAW_COLLECTION, BsonDocument.class);
        raw.drop();
        long start = System.nanoTime();
        List<BsonDocument> batch = new ArrayList<>(INSERT_BATCH);
        for (long id = 0; id < documents; id++) {
            batch.add(copy(sample, id));
            if (batch.size() == INSERT_BATCH || id == documents - 1) {
                raw.insertMany(batch);
                batch.clear();
            }
        }
        return documents / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * The floor for any engine that meets the requirements on this server: {@code insertMany} of
     * batches of 50 copies of the engine's documents into a collection with one unique index on a
     * random key (what makes an aggregate's sequence numbers unique), making each batch durable before
     * the next; returns documents per second.
     */
    static double rawInsertWithUniqueKeyDurably(
            MongoDatabase database, List<BsonDocument> sample, int documents, Durability durability) {
        MongoCollection<BsonDocument> floor = database.getCollection(FLOOR_COLLECTION, BsonDocument.class);
        floor.drop();
        floor.createIndex(new Document("key", 1), new IndexOptions().unique(true));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long start = System.nanoTime();
        List<BsonDocument> batch = new ArrayList<>(DURABLE_BATCH);
        for (long id = 0; id < documents; id++) {
            BsonDocument document = copy(sample, id);
            document.append("key", new BsonString(new UUID(random.nextLong(), random.nextLong()).toString()));
            batch.add(document);
            if (batch.size() == DURABLE_BATCH || id == documents - 1) {
                floor.insertMany(batch, new InsertManyOptions().ordered(false));
                durability.commit();
                batch.clear();
            }
        }
        double rate = documents / ((System.nanoTime() - start) / 1e9);
        floor.drop();
        return rate;
    }

    private static BsonDocument copy(List<BsonDocument> sample, long id) {
        BsonDocument copy = new BsonDocument("_id", new BsonInt64(id));
        sample.get((int) (id % sample.size())).forEach((name, value) -> {
            if (!name.equals("_id")) {
                copy.append(name, value);
            }
        });
        return copy;
    }

    /** {@code _id $in} reads of 1,000 consecutive ids over the raw collection; returns documents per second. */
    static double rawInRead(MongoDatabase database, int documents) {
        MongoCollection<Document> raw = database.getCollection(RAW_COLLECTION);
        long start = System.nanoTime();
        long read = 0;
        for (long from = 0; from < documents; from += IN_BATCH) {
            List<Long> ids = new ArrayList<>(IN_BATCH);
            for (long id = from; id < from + IN_BATCH && id < documents; id++) {
                ids.add(id);
            }
            for (Document ignored :
                    raw.find(new Document("_id", new Document("$in", ids))).batchSize(IN_BATCH)) {
                read++;
            }
        }
        double rate = read / ((System.nanoTime() - start) / 1e9);
        raw.drop();
        return rate;
    }
}
