package uk.joinedup.caseservice.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A subject key wrapped by a master key with AES-256-GCM: the nonce, then the ciphertext and tag ({@value
 * #WRAPPED_BYTES} bytes). The associated
 * data is the master key's generation (four bytes) followed by the key id, so wrapped bytes copied to another key
 * id, or presented as another generation's, fail their tag.
 */
final class KeyWrap {

    static final int SUBJECT_KEY_BYTES = 32;
    static final int WRAPPED_BYTES = Aes256Gcm.NONCE_BYTES + SUBJECT_KEY_BYTES + 16;

    private KeyWrap() {}

    static byte[] wrap(SecretKey masterKey, int generation, String keyId, byte[] key) {
        if (key.length != SUBJECT_KEY_BYTES) {
            throw new IllegalArgumentException("a subject key has " + SUBJECT_KEY_BYTES + " bytes");
        }
        Aes256Gcm.Envelope envelope = Aes256Gcm.seal(masterKey, key, associatedData(generation, keyId));
        return ByteBuffer.allocate(envelope.nonce().length + envelope.ciphertext().length)
                .put(envelope.nonce())
                .put(envelope.ciphertext())
                .array();
    }

    static byte[] unwrap(SecretKey masterKey, int generation, String keyId, byte[] wrapped) {
        if (wrapped.length != WRAPPED_BYTES) {
            throw new EnvelopeTampered();
        }
        Aes256Gcm.Envelope envelope = new Aes256Gcm.Envelope(
                Arrays.copyOf(wrapped, Aes256Gcm.NONCE_BYTES),
                Arrays.copyOfRange(wrapped, Aes256Gcm.NONCE_BYTES, wrapped.length));
        return Aes256Gcm.open(masterKey, envelope, associatedData(generation, keyId));
    }

    private static byte[] associatedData(int generation, String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Integer.BYTES + id.length)
                .putInt(generation)
                .put(id)
                .array();
    }
}
