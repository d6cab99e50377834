package uk.joinedup.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * How recovery codes are kept: as the SHA-256 of the code, lower case, without spaces or dashes. A code
 * is 16 random characters of 36 (about 82 bits, from {@code dev.samstevens.totp}), too many to guess
 * from a hash, so a slow password hash would add nothing but time.
 */
final class RecoveryCodes {

    private RecoveryCodes() {}

    static String hash(String code) {
        String normalised = code.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
