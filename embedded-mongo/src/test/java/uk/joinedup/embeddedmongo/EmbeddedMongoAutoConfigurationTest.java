package uk.joinedup.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration as a service sees it: properties in, client, database, durability and health out. */
class EmbeddedMongoAutoConfigurationTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(MongoAutoConfiguration.class, EmbeddedMongoAutoConfiguration.class));

    @TempDir
    Path dataDir;

    @Test
    void bindsTheJoinedupMongoPropertiesWithTheirDefaults() {
        service.withPropertyValues("joinedup.mongo.database=joinedup-test", "joinedup.mongo.data-dir=" + dataDir)
                .run(context -> {
                    MongoProperties properties = context.getBean(MongoProperties.class);
                    assertThat(properties.uri()).isNull();
                    assertThat(properties.database()).isEqualTo("joinedup-test");
                    assertThat(properties.dataDir()).isEqualTo(dataDir);
                    assertThat(properties.inMemory()).isFalse();
                    assertThat(properties.embeddedPort()).isZero();
                    assertThat(properties.commitInterval()).isEqualTo(Duration.ofMillis(200));
                    assertThat(properties.keysPerPage()).isEqualTo(48);
                    assertThat(dataDir.resolve("mongo.mv")).exists();
                });
    }

    @Test
    void appliesEveryProperty() throws IOException {
        int port = freePort();
        service.withPropertyValues(
                        "joinedup.mongo.database=joinedup-test",
                        "joinedup.mongo.in-memory=true",
                        "joinedup.mongo.embedded-port=" + port,
                        "joinedup.mongo.commit-interval=5s",
                        "joinedup.mongo.keys-per-page=8")
                .run(context -> {
                    MongoProperties properties = context.getBean(MongoProperties.class);
                    assertThat(properties.commitInterval()).isEqualTo(Duration.ofSeconds(5));
                    EmbeddedMongoServer server =
                            context.getBean(MongoStore.class).embeddedServer().orElseThrow();
                    assertThat(server.connectionString()).isEqualTo("mongodb://127.0.0.1:" + port);
                    assertThat(server.mvStore().getKeysPerPage()).isEqualTo(8);
                    assertThat(server.mvStore().getFileStore()).as("in memory").isNull();
                });
    }

    @Test
    void givesTheServiceOneClientItsDatabaseAndDurability() {
        service.withPropertyValues("joinedup.mongo.database=joinedup-test", "joinedup.mongo.in-memory=true")
                .run(context -> {
                    assertThat(context.getBeansOfType(MongoClient.class))
                            .as("Spring Boot's own MongoDB client backs off")
                            .containsOnlyKeys("mongoClient");
                    MongoDatabase database = context.getBean(MongoDatabase.class);
                    assertThat(database.getName()).isEqualTo("joinedup-test");
                    assertThat(database.runCommand(new Document("ping", 1))
                                    .get("ok", Number.class)
                                    .intValue())
                            .isEqualTo(1);
                    assertThat(context.getBean(Durability.class)).isSameAs(context.getBean(MongoStore.class));
                });
    }

    @Test
    void startsNoEmbeddedServerWhenAUriIsConfigured() throws IOException {
        MongoServer elsewhere = new MongoServer(H2Backend.inMemory());
        String uri = "mongodb://127.0.0.1:" + elsewhere.bind().getPort();
        try (MongoClient direct = MongoClients.create(uri)) {
            service.withPropertyValues(
                            "joinedup.mongo.uri=" + uri,
                            "joinedup.mongo.database=joinedup-test",
                            "joinedup.mongo.data-dir=" + dataDir)
                    .run(context -> {
                        assertThat(context.getBean(MongoStore.class).embeddedServer())
                                .isEmpty();
                        context.getBean(MongoDatabase.class)
                                .getCollection("notes")
                                .insertOne(new Document("_id", "written-through-the-uri"));
                        context.getBean(Durability.class).commit();
                    });

            assertThat(direct.getDatabase("joinedup-test")
                            .getCollection("notes")
                            .find(new Document("_id", "written-through-the-uri"))
                            .first())
                    .isNotNull();
            assertThat(filesIn(dataDir)).as("no H2 file").isEmpty();
        } finally {
            elsewhere.shutdownNow();
        }
    }

    @Test
    void reportsTheDatabaseInTheMongoHealthCheck() {
        service.withConfiguration(AutoConfigurations.of(
                        HealthContributorAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
                .withPropertyValues("joinedup.mongo.database=joinedup-test", "joinedup.mongo.in-memory=true")
                .run(context -> {
                    HealthComponent mongo =
                            context.getBean(HealthEndpoint.class).healthForPath("mongo");
                    assertThat(mongo).isNotNull();
                    assertThat(mongo.getStatus()).isEqualTo(Status.UP);
                    assertThat(((Health) mongo).getDetails()).isEqualTo(Map.of("database", "joinedup-test"));
                });
    }

    @Test
    void reportsDownWhenTheDatabaseDoesNotAnswer() {
        service.withPropertyValues("joinedup.mongo.database=joinedup-test", "joinedup.mongo.in-memory=true")
                .run(context -> {
                    HealthIndicator mongo = context.getBean(HealthIndicator.class);
                    context.getBean(MongoStore.class)
                            .embeddedServer()
                            .orElseThrow()
                            .close();
                    assertThat(mongo.health().getStatus()).isEqualTo(Status.DOWN);
                });
    }

    @Test
    void startsWithoutAHealthCheckWhereThereIsNoActuator() {
        service.withClassLoader(new FilteredClassLoader(AbstractHealthIndicator.class))
                .withPropertyValues("joinedup.mongo.database=joinedup-test", "joinedup.mongo.in-memory=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MongoDatabase.class);
                    assertThat(context).doesNotHaveBean("mongoHealthIndicator");
                });
    }

    @Test
    void refusesToStartWithoutADatabaseName() {
        service.withPropertyValues("joinedup.mongo.in-memory=true")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("joinedup.mongo.database"));
    }

    @Test
    void refusesToStartOnAFileWithoutADataDirectory() {
        service.withPropertyValues("joinedup.mongo.database=joinedup-test")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("joinedup.mongo.data-dir"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
