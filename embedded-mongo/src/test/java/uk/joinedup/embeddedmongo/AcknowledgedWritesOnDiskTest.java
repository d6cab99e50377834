package uk.joinedup.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.embeddedmongo.EmbeddedMongoServerTest.ids;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write is acknowledged only once its bytes are in the H2 file. The file is copied while twelve
 * writers insert and commit, without closing anything, as a killed process would leave it; every
 * write acknowledged before a copy began must be found when the copy is opened. Chunks are reused as
 * soon as they are emptied (no retention time), so compaction and reuse happen while the copies are taken.
 */
class AcknowledgedWritesOnDiskTest {

    private static final int WRITERS = 12;
    private static final int WRITES_EACH = 150;
    private static final int COPIES = 12;

    @TempDir
    Path dataDir;

    @TempDir
    Path copies;

    @Test
    void everyAcknowledgedWriteIsInTheFileWhileWritersAreStillWriting() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Copy> taken = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(properties(dataDir));
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> notes =
                    client.getDatabase("joinedup-test").getCollection("notes");
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int w = writer;
                running.add(writers.submit(() -> {
                    for (int i = 0; i < WRITES_EACH; i++) {
                        String id = w + "-" + i;
                        notes.insertOne(new Document("_id", id).append("text", "x".repeat(500)));
                        server.commit();
                        acknowledged.add(id);
                    }
                }));
            }
            for (int copy = 0; copy < COPIES && !allDone(running); copy++) {
                Thread.sleep(40 + copy * 7L);
                Set<String> acknowledgedBefore = Set.copyOf(acknowledged);
                Path directory = Files.createDirectories(copies.resolve("copy-" + copy));
                Files.copy(dataDir.resolve("mongo.mv"), directory.resolve("mongo.mv"));
                taken.add(new Copy(directory, acknowledgedBefore));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(taken).as("copies taken while the writers ran").hasSizeGreaterThan(3);
        for (Copy copy : taken) {
            assertThat(storedIn(copy.directory()))
                    .as("acknowledged before " + copy.directory().getFileName())
                    .containsAll(copy.acknowledgedBefore());
        }
    }

    @Test
    void runsNoBackgroundWriterOfH2s() {
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(properties(dataDir))) {
            assertThat(server.mvStore().getAutoCommitDelay()).isZero();
        }
    }

    private static boolean allDone(List<Future<?>> running) {
        return running.stream().allMatch(Future::isDone);
    }

    private static Set<String> storedIn(Path directory) throws IOException {
        try (EmbeddedMongoServer reopened = new EmbeddedMongoServer(properties(directory));
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            return new HashSet<>(ids(client.getDatabase("joinedup-test").getCollection("notes")));
        }
    }

    private static MongoProperties properties(Path directory) {
        return new MongoProperties(null, "joinedup-test", directory, false, 0, Duration.ofHours(1), 8, Duration.ZERO);
    }

    private record Copy(Path directory, Set<String> acknowledgedBefore) {}
}
