package uk.joinedup.caseservice.infrastructure.crypto;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the keys are, and how often the master key changes.
 *
 * @param masterKeysDir the directory of the master keys ({@code kek-<n>.key}), on a volume that is not in the
 *     database's backup
 * @param rotateMasterKeyEvery how long a master key generation wraps new keys before the next one begins and every
 *     key is wrapped again under it (ADR 31: with the backups' retention, it bounds how long an erased person's key
 *     can be recovered from a backup)
 */
@ConfigurationProperties("joinedup.crypto")
record CryptoProperties(Path masterKeysDir, @DefaultValue("P30D") Duration rotateMasterKeyEvery) {

    CryptoProperties {
        if (masterKeysDir == null) {
            throw new IllegalArgumentException(
                    "joinedup.crypto.master-keys-dir must name the directory of the master keys");
        }
        if (rotateMasterKeyEvery.isNegative() || rotateMasterKeyEvery.isZero()) {
            throw new IllegalArgumentException("joinedup.crypto.rotate-master-key-every must be a positive duration");
        }
    }
}
