package uk.joinedup.caseservice.infrastructure.crypto;

import java.util.Objects;
import javax.crypto.SecretKey;

/** A data subject's AES-256 key, in memory only. Its {@code toString()} names the key, never its bytes. */
public final class SubjectKey {

    private final String keyId;
    private final SecretKey secret;

    public SubjectKey(String keyId, SecretKey secret) {
        this.keyId = Objects.requireNonNull(keyId, "key id");
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    public String keyId() {
        return keyId;
    }

    SecretKey secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "SubjectKey[" + keyId + "]";
    }
}
