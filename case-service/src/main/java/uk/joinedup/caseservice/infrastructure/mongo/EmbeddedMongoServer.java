package uk.joinedup.caseservice.infrastructure.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An in-process MongoDB-wire-compatible server on 127.0.0.1, backed by an H2 MVStore file or memory. */
final class EmbeddedMongoServer implements Durability, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    /**
     * Keys per B-tree page of the H2 store (H2's default is 48). The server's indexes key by objects
     * that H2 compares and writes with Java serialisation, and every commit rewrites each page it
     * touched, so small pages make writes cheaper: at 8, appends ran 52% faster (2,587 to 3,935
     * events/s at 80,000 events) and the file was smaller; 4 was slower again. See
     * docs/benchmarks.md.
     */
    private static final int KEYS_PER_PAGE = 8;

    private final H2Backend backend;
    private final MongoServer server;
    private final String connectionString;

    EmbeddedMongoServer(MongoProperties properties) {
        this.backend = properties.inMemory() ? H2Backend.inMemory() : openFile(properties);
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", properties.embeddedPort());
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
        log.info(
                "Embedded MongoDB listening on {} ({})",
                connectionString,
                properties.inMemory() ? "in memory" : properties.dataDir().toAbsolutePath());
    }

    private static H2Backend openFile(MongoProperties properties) {
        try {
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + properties.dataDir(), e);
        }
        return new H2Backend(new MVStore.Builder()
                .fileName(properties.dataDir().resolve("mongo.mv").toString())
                .keysPerPage(KEYS_PER_PAGE)
                .open());
    }

    String connectionString() {
        return connectionString;
    }

    @Override
    public void commit() {
        backend.commit();
    }

    @Override
    public void close() {
        server.shutdown(); // closes the backend, which commits the H2 store
        log.info("Embedded MongoDB stopped");
    }
}
