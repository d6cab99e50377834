package uk.joinedup.identity.login;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;
import uk.joinedup.identity.infrastructure.TransportProperties;

/**
 * Device cookies (OWASP; Openwall's "slow down online guessing attacks with device cookies"): a browser
 * its user signed in with gets a signed cookie naming the user. Attempts from such a browser for that
 * user are not held back by the account's lockout, which so cannot keep a user out of their own browser;
 * they have their own, smaller, allowance of failures. The signing key is generated once and kept in
 * {@code settings}.
 */
@Component
class TrustedBrowsers {

    static final String COOKIE = "JOINEDUP_DEVICE";

    private final byte[] key;
    private final SignInProperties properties;
    private final TransportProperties transport;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TrustedBrowsers(
            MongoDatabase database,
            Durability durability,
            SignInProperties properties,
            TransportProperties transport,
            Clock clock) {
        this.key = key(database.getCollection("settings"), durability);
        this.properties = properties;
        this.transport = transport;
        this.clock = clock;
    }

    /** The id of the browser's device cookie if it is a valid one for this user. */
    Optional<String> deviceOf(HttpServletRequest request, String username) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(transport.cookieName(COOKIE))) {
                Optional<String> device = verify(cookie.getValue(), username);
                if (device.isPresent()) {
                    return device;
                }
            }
        }
        return Optional.empty();
    }

    void trust(HttpServletResponse response, String username) {
        long expires = clock.instant().plus(properties.deviceLifetime()).getEpochSecond();
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String payload = encode(username) + "." + expires + "." + HexFormat.of().formatHex(nonce);
        String value = payload + "." + sign(payload);
        jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie(transport.cookieName(COOKIE), value);
        cookie.setHttpOnly(true);
        cookie.setSecure(transport.tls());
        cookie.setPath("/");
        cookie.setMaxAge((int) properties.deviceLifetime().toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    private Optional<String> verify(String value, String username) {
        String[] parts = value.split("\\.");
        if (parts.length != 4) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        boolean signed = MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII));
        if (!signed || !parts[0].equals(encode(username))) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(parts[2]);
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String username) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] key(MongoCollection<Document> settings, Durability durability) {
        Document id = new Document("_id", "device-cookie-key");
        Document stored = settings.find(id).first();
        if (stored == null) {
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            try {
                settings.insertOne(new Document("_id", "device-cookie-key")
                        .append("key", HexFormat.of().formatHex(generated)));
                durability.commit();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            stored = settings.find(id).first();
        }
        return HexFormat.of().parseHex(stored.getString("key"));
    }
}
