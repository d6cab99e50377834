package uk.joinedup.caseservice.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The service gets one subject key store, cached, over {@code subject_keys}, with its master keys in {@code
 * joinedup.crypto.master-keys-dir}; it never creates a master key for a store that already holds keys.
 */
class CryptoConfigurationTest {

    @TempDir
    Path masterKeysDir;

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        database = client.getDatabase("case");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void oneCachedStoreOverTheDatabaseWithAFirstMasterKey() {
        service().run(context -> {
            assertThat(context).hasSingleBean(SubjectKeys.class);
            SubjectKeys keys = context.getBean(SubjectKeys.class);
            assertThat(keys).isInstanceOf(CachedSubjectKeys.class);

            keys.keyFor("person/p-1");

            assertThat(masterKeysDir.resolve("kek-1.key")).exists();
            assertThat(MongoSubjectKeys.holdsAny(database)).isTrue();
        });
    }

    @Test
    void refusesToStartWhenTheStoreHoldsKeysButTheMasterKeysAreGone() {
        service().run(context -> context.getBean(SubjectKeys.class).keyFor("person/p-1"));
        Path elsewhere = masterKeysDir.resolve("elsewhere");

        service()
                .withPropertyValues("joinedup.crypto.master-keys-dir=" + elsewhere)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("no master key");
                });
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void restartsWithTheSameMasterKeys() {
        service().run(context -> context.getBean(SubjectKeys.class).keyFor("person/p-1"));

        service().run(context -> assertThat(context.getBean(SubjectKeys.class)
                        .find(List.of("person/p-1"))
                        .get("person/p-1"))
                .isInstanceOf(KeyState.Present.class));
    }

    @Test
    void movesKeysStoredOnePerDocumentIntoTheirBucketsAtStartUp() {
        service().run(context -> context.getBean(SubjectKeys.class).keyFor("person/p-1"));
        MongoCollection<BsonDocument> stored = database.getCollection("subject_keys", BsonDocument.class);
        BsonDocument bucket = stored.find().first();
        BsonDocument firstLayout = new BsonDocument("_id", new BsonString("person/p-1"));
        firstLayout.putAll(bucket.getDocument("keys").getDocument("person/p-1"));
        stored.deleteMany(new BsonDocument());
        stored.insertOne(firstLayout);

        service().run(context -> assertThat(context.getBean(SubjectKeys.class)
                        .find(List.of("person/p-1"))
                        .get("person/p-1"))
                .isInstanceOf(KeyState.Present.class));
        assertThat(stored.countDocuments(Filters.type("_id", "string"))).isZero();
    }

    private ApplicationContextRunner service() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, CryptoConfiguration.class)
                .withBean(MongoDatabase.class, () -> database)
                .withBean(Clock.class, Clock::systemUTC)
                .withPropertyValues("joinedup.crypto.master-keys-dir=" + masterKeysDir);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CryptoProperties.class)
    static class Properties {}
}
