package uk.joinedup.embeddedmongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The service's MongoDB: the embedded server when no URI is configured, otherwise the configured
 * deployment. Either way callers get a driver client; on the embedded store, writes not committed
 * explicitly are committed (written and forced to the disk) every {@link
 * MongoProperties#commitInterval()} and at shutdown.
 */
final class MongoStore implements Durability, AutoCloseable {

    private final EmbeddedMongoServer embedded;
    private final MongoClient client;
    private final ScheduledExecutorService commitSchedule;

    MongoStore(MongoProperties properties) {
        this.embedded = properties.embedded() ? new EmbeddedMongoServer(properties) : null;
        String uri = embedded != null ? embedded.connectionString() : properties.uri();
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .writeConcern(embedded != null ? WriteConcern.ACKNOWLEDGED : WriteConcern.MAJORITY)
                .build());
        this.commitSchedule = embedded != null ? scheduleCommits(properties) : null;
    }

    private ScheduledExecutorService scheduleCommits(MongoProperties properties) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-mongo-commit");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.commitInterval().toMillis();
        schedule.scheduleWithFixedDelay(embedded::commit, interval, interval, TimeUnit.MILLISECONDS);
        return schedule;
    }

    MongoClient client() {
        return client;
    }

    /** The embedded server, unless a URI was configured. */
    Optional<EmbeddedMongoServer> embeddedServer() {
        return Optional.ofNullable(embedded);
    }

    @Override
    public void commit() {
        if (embedded != null) {
            embedded.commit();
        }
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            commitSchedule.shutdown();
            embedded.close();
        }
    }
}
