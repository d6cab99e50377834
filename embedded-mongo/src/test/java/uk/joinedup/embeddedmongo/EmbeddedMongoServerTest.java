package uk.joinedup.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server: on loopback, in memory or on an H2 file, durable once committed. */
class EmbeddedMongoServerTest {

    @TempDir
    Path dataDir;

    @Test
    void answersAPingThroughTheDriverInMemoryOnLoopback() throws IOException {
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(properties(true, 48));
                MongoClient client = MongoClients.create(server.connectionString())) {
            Document pong = client.getDatabase("joinedup-test").runCommand(new Document("ping", 1));

            assertThat(pong.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(server.connectionString()).startsWith("mongodb://127.0.0.1:");
            assertThat(server.mvStore().getFileStore()).isNull();
        }
        assertThat(filesIn(dataDir)).isEmpty();
    }

    @Test
    void opensTheH2StoreWithTheConfiguredKeysPerPage() {
        try (EmbeddedMongoServer eight = new EmbeddedMongoServer(properties(false, 8))) {
            assertThat(eight.mvStore().getKeysPerPage()).isEqualTo(8);
        }
        try (EmbeddedMongoServer inMemory = new EmbeddedMongoServer(properties(true, 16))) {
            assertThat(inMemory.mvStore().getKeysPerPage()).isEqualTo(16);
        }
    }

    @Test
    void keepsACommittedWriteThroughACrashAndLosesWhatCameAfter() throws IOException {
        EmbeddedMongoServer beforeCrash = new EmbeddedMongoServer(properties(false, 8));
        try (MongoClient client = MongoClients.create(beforeCrash.connectionString())) {
            MongoCollection<Document> notes =
                    client.getDatabase("joinedup-test").getCollection("notes");
            notes.insertOne(new Document("_id", "committed"));
            beforeCrash.commit();
            notes.insertOne(new Document("_id", "not-committed"));
        }
        crash(beforeCrash);

        assertThat(dataDir.resolve("mongo.mv")).exists();
        try (EmbeddedMongoServer afterCrash = new EmbeddedMongoServer(properties(false, 8));
                MongoClient client = MongoClients.create(afterCrash.connectionString())) {
            assertThat(ids(client.getDatabase("joinedup-test").getCollection("notes")))
                    .containsExactly("committed");
        }
    }

    @Test
    void commitsWhenClosed() {
        EmbeddedMongoServer first = new EmbeddedMongoServer(properties(false, 48));
        try (MongoClient client = MongoClients.create(first.connectionString())) {
            client.getDatabase("joinedup-test").getCollection("notes").insertOne(new Document("_id", "closed"));
        }
        first.close();

        try (EmbeddedMongoServer second = new EmbeddedMongoServer(properties(false, 48));
                MongoClient client = MongoClients.create(second.connectionString())) {
            assertThat(ids(client.getDatabase("joinedup-test").getCollection("notes")))
                    .containsExactly("closed");
        }
    }

    /** Stops as a killed process would: nothing that H2 has not committed reaches the file. */
    static void crash(EmbeddedMongoServer server) {
        server.mvStore().closeImmediately();
        server.close();
    }

    static List<String> ids(MongoCollection<Document> collection) {
        return collection.find().map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    private MongoProperties properties(boolean inMemory, int keysPerPage) {
        return new MongoProperties(
                null, "joinedup-test", dataDir, inMemory, 0, Duration.ofHours(1), keysPerPage, Duration.ofSeconds(10));
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
