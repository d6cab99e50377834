package uk.joinedup.caseservice.infrastructure.crypto;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The subject key store: keys remembered in memory ({@link CachedSubjectKeys}) in front of {@code subject_keys}
 * ({@link MongoSubjectKeys}), wrapped by the master keys in {@code joinedup.crypto.master-keys-dir} ({@link
 * FileMasterKeys}). The first master key is created only while the store is empty: a new master key would open
 * none of the keys already stored.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    CachedSubjectKeys subjectKeys(MongoDatabase database, CryptoProperties properties, Clock clock) {
        MasterKeys masterKeys = MongoSubjectKeys.holdsAny(database)
                ? FileMasterKeys.openExisting(properties.masterKeysDir())
                : FileMasterKeys.openOrCreate(properties.masterKeysDir());
        return new CachedSubjectKeys(new MongoSubjectKeys(database, masterKeys, clock));
    }
}
