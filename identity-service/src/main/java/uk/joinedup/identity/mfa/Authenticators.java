package uk.joinedup.identity.mfa;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Each user's authenticator app: its TOTP secret, the last time step a code was accepted for, and the
 * hashes of the recovery codes not yet used; keyed by username.
 */
@Component
class Authenticators {

    private final MongoCollection<Document> authenticators;
    private final Durability durability;

    Authenticators(MongoDatabase database, Durability durability) {
        this.authenticators = database.getCollection("authenticators");
        this.durability = durability;
    }

    record Authenticator(
            String username, String secret, Instant enrolledAt, long lastStep, List<String> recoveryHashes) {}

    Optional<Authenticator> of(String username) {
        return Optional.ofNullable(authenticators.find(byId(username)).first())
                .map(found -> new Authenticator(
                        found.getString("_id"),
                        found.getString("secret"),
                        found.getDate("enrolledAt").toInstant(),
                        found.getLong("lastStep"),
                        found.getList("recoveryCodes", String.class, List.of())));
    }

    void enrol(String username, String secret, List<String> recoveryHashes, Instant at) {
        authenticators.replaceOne(
                byId(username),
                new Document("_id", username)
                        .append("secret", secret)
                        .append("enrolledAt", Date.from(at))
                        .append("lastStep", -1L)
                        .append("recoveryCodes", recoveryHashes),
                new ReplaceOptions().upsert(true));
        durability.commit();
    }

    void remove(String username) {
        authenticators.deleteOne(byId(username));
        durability.commit();
    }

    /**
     * Records that a code of this step was used: false when one of this step or a later one already was.
     * One {@code $max} update by {@code _id}: of two requests with the same code, one changes the document.
     */
    boolean useStep(String username, long step) {
        long updated = authenticators
                .updateOne(byId(username), new Document("$max", new Document("lastStep", step)))
                .getModifiedCount();
        durability.commit();
        return updated == 1;
    }

    /** Removes one recovery code's hash: false when it was not there (never, or another request used it first). */
    boolean useRecoveryCode(String username, String hash) {
        long updated = authenticators
                .updateOne(byId(username), new Document("$pull", new Document("recoveryCodes", hash)))
                .getModifiedCount();
        durability.commit();
        return updated == 1;
    }

    private static Document byId(String username) {
        return new Document("_id", username);
    }
}
