package uk.joinedup.caseservice.infrastructure.crypto;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The subject key store: keys remembered in memory ({@link CachedSubjectKeys}) in front of {@code subject_keys}
 * ({@link MongoSubjectKeys}), wrapped by the master keys in {@code joinedup.crypto.master-keys-dir} ({@link
 * FileMasterKeys}). The first master key is created only while the store is empty: a new master key would open
 * none of the keys already stored. The master key changes on schedule ({@link MasterKeyRotation}). Keys stored one per document, as the first release of the store did, are moved
 * into their buckets at start-up.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    MasterKeys masterKeys(MongoDatabase database, CryptoProperties properties) {
        return MongoSubjectKeys.holdsAny(database)
                ? FileMasterKeys.openExisting(properties.masterKeysDir())
                : FileMasterKeys.openOrCreate(properties.masterKeysDir());
    }

    @Bean
    CachedSubjectKeys subjectKeys(MongoDatabase database, MasterKeys masterKeys, Clock clock) {
        MongoSubjectKeys store = new MongoSubjectKeys(database, masterKeys, clock);
        int moved = store.moveKeysStoredOnePerDocument();
        if (moved > 0) {
            LOG.info("Moved {} subject keys stored one per document into their buckets", moved);
        }
        return new CachedSubjectKeys(store);
    }

    /** Wraps keys again through a store of its own: what it rewrites is read again by the other within a minute. */
    @Bean
    MasterKeyRotation masterKeyRotation(
            MongoDatabase database, MasterKeys masterKeys, CryptoProperties properties, Clock clock) {
        return new MasterKeyRotation(
                masterKeys,
                new MongoSubjectKeys(database, masterKeys, clock),
                database,
                properties.rotateMasterKeyEvery(),
                clock);
    }
}
