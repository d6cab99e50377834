package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;

/** The embedded server on an H2 file of its own, for the comparison with Axon's MongoDB engine. */
final class ComparisonStore implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;

    private ComparisonStore(MongoServer server) {
        this.server = server;
        this.client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    static ComparisonStore open(Path file) {
        return new ComparisonStore(new MongoServer(new H2Backend(file.toString())));
    }

    MongoDatabase database() {
        return client.getDatabase("joinedup-case");
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
