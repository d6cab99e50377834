package uk.joinedup.identity.invitation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Issues, finds and uses up sign-in links. Only the SHA-256 of a link's token is stored; using a link
 * deletes it, so that of two requests with the same link only one succeeds.
 */
@Component
public class SignInLinks {

    /**
     * A link that can still be used.
     *
     * @param username whose account it opens
     * @param kind what it lets them do
     * @param expiresAt when it stops working
     */
    public record Link(String username, LinkKind kind, Instant expiresAt) {}

    /**
     * A link just issued: the token, to be shown once, and when it stops working.
     *
     * @param token the secret part of {@code /invitation/{token}}
     * @param fingerprint the first characters of its hash, to recognise it in the audit
     * @param expiresAt when it stops working
     */
    public record Issued(String token, String fingerprint, Instant expiresAt) {}

    private final MongoCollection<Document> links;
    private final MongoCollection<Document> byUser;
    private final Durability durability;
    private final InvitationProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInLinks(MongoDatabase database, Durability durability, InvitationProperties properties, Clock clock) {
        this.links = database.getCollection("sign_in_links");
        this.byUser = database.getCollection("user_sign_in_links");
        this.durability = durability;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new link for the user, replacing any they had. */
    public Issued issue(String username, LinkKind kind) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String key = key(token);
        Instant expiresAt = clock.instant().plus(properties.linkLifetime());
        revoke(username);
        links.insertOne(new Document("_id", key)
                .append("username", username)
                .append("kind", kind.name())
                .append("expiresAt", Date.from(expiresAt)));
        byUser.replaceOne(
                byId(username),
                new Document("_id", username)
                        .append("key", key)
                        .append("kind", kind.name())
                        .append("expiresAt", Date.from(expiresAt)),
                new ReplaceOptions().upsert(true));
        durability.commit();
        return new Issued(token, key.substring(0, 8), expiresAt);
    }

    /** The link of this token, if it has not been used or replaced and has not expired. */
    public Optional<Link> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(links.find(byId(key(token))).first())
                .map(found -> new Link(
                        found.getString("username"),
                        LinkKind.valueOf(found.getString("kind")),
                        found.getDate("expiresAt").toInstant()))
                .filter(link -> clock.instant().isBefore(link.expiresAt()));
    }

    /** Uses the link up: true for the one request that did, false if it was used, replaced or expired. */
    public boolean use(String token) {
        Optional<Link> link = find(token);
        if (link.isEmpty()) {
            return false;
        }
        boolean used = links.deleteOne(byId(key(token))).getDeletedCount() == 1;
        byUser.deleteOne(new Document("_id", link.get().username()));
        durability.commit();
        return used;
    }

    /** The link the user was last issued, if it can still be used: its kind and expiry, never its token. */
    public Optional<Link> pending(String username) {
        Document found = byUser.find(byId(username)).first();
        if (found == null || links.find(byId(found.getString("key"))).first() == null) {
            return Optional.empty();
        }
        Link link = new Link(
                username,
                LinkKind.valueOf(found.getString("kind")),
                found.getDate("expiresAt").toInstant());
        return clock.instant().isBefore(link.expiresAt()) ? Optional.of(link) : Optional.empty();
    }

    /** Makes the user's link, if any, stop working: when they are deactivated or issued another. */
    public void revoke(String username) {
        Document found = byUser.find(byId(username)).first();
        if (found != null) {
            links.deleteOne(byId(found.getString("key")));
            byUser.deleteOne(byId(username));
            durability.commit();
        }
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }
}
