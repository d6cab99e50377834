package uk.joinedup.identity.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A session's public id ({@code sid}): the SHA-256 of the HTTP session's id, as Spring Authorization Server computes it for ID tokens. */
public final class SessionIds {

    private SessionIds() {}

    public static String sid(String httpSessionId) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(httpSessionId.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
