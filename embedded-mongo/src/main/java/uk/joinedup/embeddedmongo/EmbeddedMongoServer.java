package uk.joinedup.embeddedmongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-wire-compatible server on 127.0.0.1, backed by an H2 MVStore file or memory.
 *
 * <p>The server answers a write once it is in H2's in-memory maps; nothing reaches the file until the
 * store commits. H2's own background writer is therefore off (it would save on its own threads, and a
 * {@code commit()} that came while such a save was in flight found nothing to do and returned before
 * the bytes were written): the store is written only by {@link #commit()}, which writes the changes on
 * the caller's thread and then forces the file to the disk. Concurrent callers share one flush, which
 * also does the background writer's other job, {@link FileCompaction}. Pages are LZF-compressed.
 */
final class EmbeddedMongoServer implements Durability, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final H2Backend backend;
    private final MongoServer server;
    private final String connectionString;
    private final FileCompaction compaction;
    private final GroupCommit groupCommit = new GroupCommit(this::writeAndForce);

    EmbeddedMongoServer(MongoProperties properties) {
        this.backend = IndexedH2Backend.open(openStore(properties));
        this.compaction = new FileCompaction(backend.getMvStore());
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", properties.embeddedPort());
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
        log.info(
                "Embedded MongoDB listening on {} ({})",
                connectionString,
                properties.inMemory() ? "in memory" : properties.dataDir().toAbsolutePath());
    }

    private static MVStore openStore(MongoProperties properties) {
        MVStore.Builder store = new MVStore.Builder()
                .keysPerPage(properties.keysPerPage())
                .autoCommitDisabled() // no background writer: only commit() writes the file
                .compress(); // LZF: half the bytes per page (Java-serialised documents repeat themselves)
        if (!properties.inMemory()) {
            try {
                Files.createDirectories(properties.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + properties.dataDir(), e);
            }
            store.fileName(properties.dataDir().resolve("mongo.mv").toString());
        }
        MVStore opened = store.open();
        if (opened.getFileStore() != null) {
            opened.setRetentionTime((int) properties.chunkRetention().toMillis());
        }
        return opened;
    }

    String connectionString() {
        return connectionString;
    }

    /** The H2 store underneath; tests in this package inspect it and crash it. */
    MVStore mvStore() {
        return backend.getMvStore();
    }

    /**
     * Returns once every write answered before the call is in the file and the file is forced to the
     * disk (in memory: once it is committed).
     */
    @Override
    public void commit() {
        groupCommit.awaitFlush();
    }

    private void writeAndForce() {
        compaction.beforeCommit(); // what it rewrites goes into this commit's chunk
        backend.commit(); // with no background writer, writes the new chunk on this thread
        MVStore store = backend.getMvStore();
        if (store.getFileStore() != null) {
            store.sync(); // FileChannel.force(true)
        }
    }

    @Override
    public void close() {
        server.shutdown(); // closes the backend, which commits the H2 store
        log.info("Embedded MongoDB stopped");
    }
}
