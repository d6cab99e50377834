package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
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
import org.bson.Document;
import org.bson.RawBsonDocument;
import uk.joinedup.caseservice.infrastructure.mongo.Durability;

/** The individual figures: replay, aggregate loading, and the raw driver's ceilings on the same server. */
final class Measurements {

    private static final String RAW_COLLECTION = "bench_raw_driver";
    private static final int IN_BATCH = 1000;
    private static final int INSERT_BATCH = 100;
    private static final int DURABLE_BATCH = 50;

    private Measurements() {}

    /** Reads {@code events} events from the start and deserialises them; returns events per second. */
    static double replay(EventStorageEngine engine, long events) {
        long start = System.nanoTime();
        long count = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (count < events && iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                event.getPayload();
                event.getMetaData();
                count++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (count < events) {
            throw new IllegalStateException("Replay read " + count + " events, expected " + events);
        }
        return count / seconds;
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

    /** The average size in bytes of the first {@code sample} documents of a collection. */
    static int averageDocumentSize(MongoDatabase database, String collection, int sample) {
        long bytes = 0;
        int documents = 0;
        for (RawBsonDocument document :
                database.getCollection(collection, RawBsonDocument.class).find().limit(sample)) {
            bytes += document.getByteBuffer().remaining();
            documents++;
        }
        return documents == 0 ? 0 : (int) (bytes / documents);
    }

    /** Plain {@code insertMany} of batches of 100 documents of the given size; returns documents per second. */
    static double rawInsert(MongoDatabase database, int documents, int documentSize) {
        MongoCollection<Document> raw = database.getCollection(RAW_COLLECTION);
        raw.drop();
        String filler = "x".repeat(Math.max(0, documentSize - 30));
        long start = System.nanoTime();
        List<Document> batch = new ArrayList<>(INSERT_BATCH);
        for (long id = 0; id < documents; id++) {
            batch.add(new Document("_id", id).append("filler", filler));
            if (batch.size() == INSERT_BATCH) {
                raw.insertMany(batch, new InsertManyOptions().ordered(true));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            raw.insertMany(batch);
        }
        return documents / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * The floor for any engine that meets the requirements on this server: plain {@code insertMany} of
     * batches of 50 into a collection with one unique index on a random key (what makes an aggregate's
     * sequence numbers unique), making each batch durable before the next; returns documents per second.
     */
    static double rawInsertWithUniqueKeyDurably(
            MongoDatabase database, int documents, int documentSize, Durability durability) {
        MongoCollection<Document> raw = database.getCollection(RAW_COLLECTION);
        raw.drop();
        raw.createIndex(new Document("key", 1), new IndexOptions().unique(true));
        String filler = "x".repeat(Math.max(0, documentSize - 80));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long start = System.nanoTime();
        List<Document> batch = new ArrayList<>(DURABLE_BATCH);
        for (long id = 0; id < documents; id++) {
            batch.add(new Document("_id", id)
                    .append("key", new UUID(random.nextLong(), random.nextLong()).toString())
                    .append("filler", filler));
            if (batch.size() == DURABLE_BATCH || id == documents - 1) {
                raw.insertMany(batch, new InsertManyOptions().ordered(false));
                durability.commit();
                batch.clear();
            }
        }
        double rate = documents / ((System.nanoTime() - start) / 1e9);
        raw.drop();
        return rate;
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
