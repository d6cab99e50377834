package uk.joinedup.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.embeddedmongo.EmbeddedMongoServerTest.crash;
import static uk.joinedup.embeddedmongo.EmbeddedMongoServerTest.ids;

import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store commits on a schedule what nobody committed explicitly. */
class MongoStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void commitsUnaskedWritesOnItsSchedule() throws InterruptedException {
        MongoStore store = new MongoStore(properties(Duration.ofMillis(50)));
        MVStore h2 = h2Of(store);
        store.client().getDatabase("joinedup-test").getCollection("notes").insertOne(new Document("_id", "unasked"));

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (h2.hasUnsavedChanges() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(h2.hasUnsavedChanges()).as("committed on the schedule").isFalse();
        crashAndReopenHolds(store, "unasked");
    }

    @Test
    void commitsNothingBeforeItsIntervalHasPassed() throws InterruptedException {
        MongoStore store = new MongoStore(properties(Duration.ofHours(1)));
        MVStore h2 = h2Of(store);
        store.client().getDatabase("joinedup-test").getCollection("notes").insertOne(new Document("_id", "unasked"));

        Thread.sleep(300);
        assertThat(h2.hasUnsavedChanges()).isTrue();
        crashAndReopenHolds(store);
    }

    private void crashAndReopenHolds(MongoStore store, String... ids) {
        store.client().close();
        crash(store.embeddedServer().orElseThrow());
        try (MongoStore reopened = new MongoStore(properties(Duration.ofHours(1)))) {
            assertThat(ids(reopened.client().getDatabase("joinedup-test").getCollection("notes")))
                    .containsExactly(ids);
        }
    }

    private static MVStore h2Of(MongoStore store) {
        return store.embeddedServer().orElseThrow().mvStore();
    }

    private MongoProperties properties(Duration commitInterval) {
        return new MongoProperties(
                null, "joinedup-test", dataDir, false, 0, commitInterval, 48, Duration.ofSeconds(10));
    }
}
