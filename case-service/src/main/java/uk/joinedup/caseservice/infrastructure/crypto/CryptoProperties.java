package uk.joinedup.caseservice.infrastructure.crypto;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the keys are.
 *
 * @param masterKeysDir the directory of the master keys ({@code kek-<n>.key}), on a volume that is not in the
 *     database's backup
 */
@ConfigurationProperties("joinedup.crypto")
record CryptoProperties(Path masterKeysDir) {

    CryptoProperties {
        if (masterKeysDir == null) {
            throw new IllegalArgumentException(
                    "joinedup.crypto.master-keys-dir must name the directory of the master keys");
        }
    }
}
