package uk.joinedup.embeddedmongo;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. Each service names its own database and data directory in its
 * application.yml: there are no defaults for them.
 *
 * @param uri a MongoDB connection string; blank means "start the embedded server"
 * @param database the database this service owns
 * @param dataDir directory of the embedded server's H2 file (not needed in memory or with a URI)
 * @param inMemory embedded server without a file (tests)
 * @param embeddedPort port of the embedded server on 127.0.0.1; 0 picks a free one
 * @param commitInterval how often the embedded store commits writes not committed explicitly
 * @param keysPerPage keys per B-tree page of the embedded H2 store (H2's default is 48)
 * @param chunkRetention how long the embedded store keeps a chunk of its file that no longer holds live
 *     data before reusing its space: a query that reads a version of the data older than that may fail
 *     (H2's default is 45 s; durability does not depend on it, every commit is forced to the disk)
 */
@ConfigurationProperties("joinedup.mongo")
public record MongoProperties(
        String uri,
        String database,
        Path dataDir,
        @DefaultValue("false") boolean inMemory,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("200ms") Duration commitInterval,
        @DefaultValue("48") int keysPerPage,
        @DefaultValue("10s") Duration chunkRetention) {

    public MongoProperties {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("joinedup.mongo.database must name the service's database");
        }
        if (embedded() && !inMemory && dataDir == null) {
            throw new IllegalArgumentException(
                    "joinedup.mongo.data-dir must name a directory for the embedded store's file");
        }
    }

    boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
