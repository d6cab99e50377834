package uk.joinedup.caseservice.infrastructure.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import uk.joinedup.embeddedmongo.Durability;

/**
 * The embedded server for event-store tests, in memory or on an H2 file, reached through the driver as
 * in the application. {@link #crash()} loses whatever H2 has not committed, as a killed process would.
 */
final class EmbeddedMongo implements AutoCloseable {

    private final H2Backend backend;
    private final MongoServer server;
    private final MongoClient client;
    private final AtomicInteger commits = new AtomicInteger();

    private EmbeddedMongo(H2Backend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        this.client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(H2Backend.inMemory());
    }

    static EmbeddedMongo onFile(Path file) {
        return new EmbeddedMongo(new H2Backend(file.toString()));
    }

    MongoDatabase database() {
        return client.getDatabase("events");
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

    /** Stops as a killed process would: nothing that H2 has not committed survives. */
    void crash() {
        backend.getMvStore().closeImmediately();
        client.close();
        server.shutdownNow();
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
