package uk.joinedup.identity.infrastructure.mongo;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives.
 *
 * @param uri a MongoDB connection string; blank means "start the embedded server"
 * @param database the database this service owns
 * @param dataDir directory of the embedded server's H2 file
 * @param inMemory embedded server without a file (tests)
 * @param embeddedPort port of the embedded server on 127.0.0.1; 0 picks a free one
 * @param commitInterval how often the embedded store commits writes not committed explicitly
 */
@ConfigurationProperties("joinedup.mongo")
public record MongoProperties(
        String uri,
        @DefaultValue("joinedup-identity") String database,
        @DefaultValue("./data/identity-service") Path dataDir,
        @DefaultValue("false") boolean inMemory,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("200ms") Duration commitInterval) {

    boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
