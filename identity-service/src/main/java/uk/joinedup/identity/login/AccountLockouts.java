package uk.joinedup.identity.login;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;

/**
 * Consecutive failed sign-ins per username as typed, whether or not such a user exists (so that the
 * answer never tells), in {@code sign_in_attempts}; committed, so a restart does not lift a lockout.
 */
@Component
public class AccountLockouts {

    private final MongoCollection<Document> attempts;
    private final Durability durability;

    AccountLockouts(MongoDatabase database, Durability durability) {
        this.attempts = database.getCollection("sign_in_attempts");
        this.durability = durability;
    }

    /**
     * @param failures consecutive failures since the last success or unlock
     * @param lastFailure when the last one was
     * @param lockedUntil until when the account is locked, or null
     */
    public record Attempts(int failures, Instant lastFailure, Instant lockedUntil) {

        static final Attempts NONE = new Attempts(0, null, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    public Attempts of(String username) {
        return Optional.ofNullable(attempts.find(byId(username)).first())
                .map(found -> new Attempts(
                        found.getInteger("failures", 0),
                        instant(found.getDate("lastFailure")),
                        instant(found.getDate("lockedUntil"))))
                .orElse(Attempts.NONE);
    }

    void save(String username, Attempts state) {
        attempts.replaceOne(
                byId(username),
                new Document("_id", username)
                        .append("failures", state.failures())
                        .append("lastFailure", date(state.lastFailure()))
                        .append("lockedUntil", date(state.lockedUntil())),
                new ReplaceOptions().upsert(true));
        durability.commit();
    }

    /** Forgets the failures: after a success, or an administrator's unlock. */
    public void clear(String username) {
        if (attempts.deleteOne(byId(username)).getDeletedCount() > 0) {
            durability.commit();
        }
    }

    private static Document byId(String username) {
        return new Document("_id", username);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
