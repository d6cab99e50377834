package uk.joinedup.caseservice.infrastructure.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256 in Galois/Counter Mode: a fresh random 96-bit nonce per envelope, a 128-bit tag, and associated data
 * that binds an envelope to where it was written (so it cannot be moved elsewhere without failing its tag).
 * Plain JCE, which uses the processor's AES and GHASH instructions; one {@link Cipher} per thread, reused.
 */
public final class Aes256Gcm {

    public static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(Aes256Gcm::newCipher);
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    private Aes256Gcm() {}

    /** Seals {@code plaintext} under a new random nonce. */
    public static Envelope seal(SubjectKey key, byte[] plaintext, byte[] associatedData) {
        return seal(key.secret(), plaintext, associatedData);
    }

    /** Opens an envelope; a wrong key, nonce or associated data, or a changed byte, throws {@link EnvelopeTampered}. */
    public static byte[] open(SubjectKey key, Envelope envelope, byte[] associatedData) {
        return open(key.secret(), envelope, associatedData);
    }

    /** Seals under any AES-256 key (a master key wrapping a subject key) with a new random nonce. */
    static Envelope seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.get().nextBytes(nonce);
        return new Envelope(nonce, seal(key, nonce, plaintext, associatedData));
    }

    static byte[] open(SecretKey key, Envelope envelope, byte[] associatedData) {
        return open(key, envelope.nonce(), envelope.ciphertext(), associatedData);
    }

    static byte[] seal(SecretKey key, byte[] nonce, byte[] plaintext, byte[] associatedData) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        }
    }

    static byte[] open(SecretKey key, byte[] nonce, byte[] ciphertext, byte[] associatedData) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw new EnvelopeTampered();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM opening failed", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no " + TRANSFORMATION, e);
        }
    }

    /** A sealed value: its nonce, and the ciphertext with the tag at its end. */
    public record Envelope(byte[] nonce, byte[] ciphertext) {}
}
