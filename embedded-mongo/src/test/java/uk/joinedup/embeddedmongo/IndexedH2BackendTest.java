package uk.joinedup.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every unique index's map has the faster key type, whether the index was in the file or created
 * since, and an index written by mongo-java-server's own backend is still found and enforced.
 */
class IndexedH2BackendTest {

    private static final String DATABASE = "joinedup-test";

    @TempDir
    Path dataDir;

    @Test
    void anIndexCreatedWhileRunningHasTheFasterKeysAndStaysUnique() {
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(properties(true));
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase(DATABASE).getCollection("people");
            people.createIndex(new Document("nhsNumber", 1), new IndexOptions().unique(true));
            people.insertOne(new Document("_id", "p-1").append("nhsNumber", "943 476 5919"));

            assertThat(server.mvStore()
                            .openMap(DATABASE + ".people._index__id_")
                            .getKeyType())
                    .isInstanceOf(IndexKeyType.class);
            assertThat(server.mvStore()
                            .openMap(DATABASE + ".people._index_nhsNumber_1")
                            .getKeyType())
                    .isInstanceOf(IndexKeyType.class);
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "p-2").append("nhsNumber", "943 476 5919")))
                    .isInstanceOfSatisfying(
                            MongoWriteException.class,
                            e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void anIndexWrittenByMongoJavaServersOwnBackendIsFoundAndEnforced() {
        Path file = dataDir.resolve("mongo.mv");
        H2Backend plain = new H2Backend(file.toString());
        MongoServer plainServer = new MongoServer(plain);
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + plainServer.bind().getPort())) {
            MongoCollection<Document> people = client.getDatabase(DATABASE).getCollection("people");
            people.createIndex(new Document("nhsNumber", 1), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                people.insertOne(new Document("_id", "p-" + i).append("nhsNumber", "n-" + i));
            }
        } finally {
            plainServer.shutdown();
        }

        try (EmbeddedMongoServer server = new EmbeddedMongoServer(properties(false));
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase(DATABASE).getCollection("people");

            assertThat(server.mvStore()
                            .openMap(DATABASE + ".people._index_nhsNumber_1")
                            .getKeyType())
                    .isInstanceOf(IndexKeyType.class);
            for (int i = 0; i < 500; i++) {
                assertThat(people.find(new Document("nhsNumber", "n-" + i)).first())
                        .as("person %d by the unique index", i)
                        .isNotNull()
                        .containsEntry("_id", "p-" + i);
            }
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "p-new").append("nhsNumber", "n-250")))
                    .isInstanceOf(MongoWriteException.class);
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "p-250")))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    private MongoProperties properties(boolean inMemory) {
        return new MongoProperties(
                null, DATABASE, dataDir, inMemory, 0, Duration.ofHours(1), 8, Duration.ofSeconds(10));
    }
}
