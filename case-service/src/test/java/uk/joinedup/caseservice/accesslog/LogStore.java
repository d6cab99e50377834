package uk.joinedup.caseservice.accesslog;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.h2.mvstore.MVStore;
import uk.joinedup.embeddedmongo.Durability;

/**
 * The embedded server for access-log tests, in memory or on an H2 file, reached through the driver as
 * in the application, with access logs opened over it. {@link #crash()} loses whatever H2 has not
 * committed, as a killed process would.
 */
final class LogStore implements AutoCloseable {

    private final H2Backend backend;
    private final MongoServer server;
    private final MongoClient client;
    private final AtomicInteger commits = new AtomicInteger();
    private final List<AccessLog> logs = new ArrayList<>();

    private LogStore(H2Backend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        // A store that has gone away is noticed within seconds rather than the driver's default 30.
        this.client = MongoClients.create(
                "mongodb://127.0.0.1:" + server.bind().getPort() + "/?serverSelectionTimeoutMS=2000");
    }

    static LogStore inMemory() {
        return new LogStore(H2Backend.inMemory());
    }

    static LogStore onFile(Path file) {
        return new LogStore(new H2Backend(file.toString()));
    }

    /** On a file, with the H2 settings case-service runs with ({@code joinedup.mongo.keys-per-page: 8}). */
    static LogStore asConfigured(Path file) {
        return new LogStore(new H2Backend(
                new MVStore.Builder().keysPerPage(8).fileName(file.toString()).open()));
    }

    MongoDatabase database() {
        return client.getDatabase("case");
    }

    MongoCollection<BsonDocument> records() {
        return database().getCollection(AccessDocuments.RECORDS, BsonDocument.class);
    }

    MongoCollection<BsonDocument> heads() {
        return database().getCollection(ChainHead.HEADS, BsonDocument.class);
    }

    MongoCollection<BsonDocument> index() {
        return database().getCollection(LookupIndex.INDEX, BsonDocument.class);
    }

    /** Commits H2, and counts how often that was asked for. */
    Durability durability() {
        return () -> {
            commits.incrementAndGet();
            backend.commit();
        };
    }

    int durableCommits() {
        return commits.get();
    }

    /** A new access log over this store, as a newly started instance would open it. */
    AccessLog open() {
        AccessLog log = new AccessLog(database(), durability(), Duration.ofSeconds(30));
        logs.add(log);
        return log;
    }

    /** Searches, waiting for the records of the access log opened first to be indexed. */
    AccessLogSearch search() {
        return new AccessLogSearch(database(), logs.isEmpty() ? open() : logs.get(0));
    }

    /** Verifies, once the access log opened first has moved the head document. */
    ChainVerifier verifier() {
        return new ChainVerifier(database(), logs.isEmpty() ? open() : logs.get(0));
    }

    /** Stops as a killed process would: nothing that H2 has not committed survives. */
    void crash() {
        backend.getMvStore().closeImmediately();
        client.close();
        server.shutdownNow();
    }

    /** The server stops answering; the client stays, as in a network failure. */
    void serverDown() {
        server.shutdownNow();
    }

    @Override
    public void close() {
        logs.forEach(AccessLog::close);
        client.close();
        server.shutdown();
    }
}
