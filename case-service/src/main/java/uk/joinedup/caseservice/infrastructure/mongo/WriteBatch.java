package uk.joinedup.caseservice.infrastructure.mongo;

import com.mongodb.client.MongoCollection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.bson.Document;

/**
 * The read-model writes of one batch of events, held on the thread that handles the batch and written when
 * its last event has been handled (ADR 30): a record saved by several events of the batch is converted and
 * written once, and each collection's writes go in one request. While a batch is open, every {@link
 * DocumentCollection} on its thread reads what the batch holds as if it were written. Nothing is held on a
 * thread with no open batch (queries, commands): there, every write goes to the store at once.
 */
public final class WriteBatch {

    private static final ThreadLocal<WriteBatch> OPEN = new ThreadLocal<>();

    private final Map<String, PendingWrites> byCollection = new LinkedHashMap<>();
    private final BiConsumer<String, RuntimeException> failed;

    private WriteBatch(BiConsumer<String, RuntimeException> failed) {
        this.failed = failed;
    }

    /**
     * Opens a batch on this thread, in place of any left open.
     *
     * @param failed told of each write the store refuses, with its collection's name: the write is skipped, as
     *     a read model's failure on one event is, and the batch's other writes are made
     */
    public static void open(BiConsumer<String, RuntimeException> failed) {
        OPEN.set(new WriteBatch(failed));
    }

    /** Writes what the open batch holds, if one is open; the batch stays open, holding nothing. */
    public static void write() {
        WriteBatch batch = OPEN.get();
        if (batch != null) {
            batch.byCollection.values().forEach(PendingWrites::write);
        }
    }

    /** Closes this thread's batch, forgetting whatever it holds unwritten (the batch was rolled back). */
    public static void close() {
        OPEN.remove();
    }

    /** The writes this thread's open batch holds for the collection, or empty when no batch is open. */
    static Optional<PendingWrites> pendingFor(
            MongoCollection<Document> collection,
            MongoCollection<Document> stamps,
            MongoDocuments documents,
            ConvertedRecords<?> converted) {
        WriteBatch batch = OPEN.get();
        if (batch == null) {
            return Optional.empty();
        }
        return Optional.of(batch.byCollection.computeIfAbsent(
                collection.getNamespace().getFullName(),
                name -> new PendingWrites(collection, stamps, documents, converted, batch.failed)));
    }
}
