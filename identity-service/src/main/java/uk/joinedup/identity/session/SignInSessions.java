package uk.joinedup.identity.session;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.joinedup.embeddedmongo.Durability;
import uk.joinedup.identity.infrastructure.SessionProperties;

/** Each user's sign-in sessions, in one {@code user_sessions} document per user; past the absolute timeout a session is over. */
@Component
public class SignInSessions {

    private static final int BROWSER_LENGTH = 200;

    private final MongoCollection<Document> sessions;
    private final Durability durability;
    private final SessionProperties properties;
    private final Clock clock;

    SignInSessions(MongoDatabase database, Durability durability, SessionProperties properties, Clock clock) {
        this.sessions = database.getCollection("user_sessions");
        this.durability = durability;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One sign-in session.
     *
     * @param sid its id, as ID and access tokens carry it
     * @param startedAt when the user signed in
     * @param address the network address they signed in from
     * @param browser the browser's own description of itself (User-Agent), shortened
     */
    public record SignInSession(String sid, Instant startedAt, String address, String browser) {}

    public void started(String username, SignInSession session) {
        String browser = session.browser() == null
                ? ""
                : session.browser()
                        .substring(0, Math.min(BROWSER_LENGTH, session.browser().length()));
        sessions.updateOne(
                byId(username),
                new Document(
                        "$push",
                        new Document(
                                "sessions",
                                new Document("sid", session.sid())
                                        .append("startedAt", Date.from(session.startedAt()))
                                        .append("address", session.address())
                                        .append("browser", browser))),
                new UpdateOptions().upsert(true));
        durability.commit();
    }

    /** The user's sessions still within the absolute timeout, newest first. */
    public List<SignInSession> of(String username) {
        Document found = sessions.find(byId(username)).first();
        if (found == null) {
            return List.of();
        }
        Instant cutoff = clock.instant().minus(properties.absoluteTimeout());
        return found.getList("sessions", Document.class, List.of()).stream()
                .map(stored -> new SignInSession(
                        stored.getString("sid"),
                        stored.getDate("startedAt").toInstant(),
                        stored.getString("address"),
                        stored.getString("browser")))
                .filter(session -> session.startedAt().isAfter(cutoff))
                .sorted(Comparator.comparing(SignInSession::startedAt).reversed())
                .toList();
    }

    /** Whether the session was started, has not been ended, and is within the absolute timeout. */
    public boolean isOpen(String username, String sid) {
        return of(username).stream().anyMatch(session -> session.sid().equals(sid));
    }

    public boolean ended(String username, String sid) {
        long changed = sessions.updateOne(
                        byId(username), new Document("$pull", new Document("sessions", new Document("sid", sid))))
                .getModifiedCount();
        durability.commit();
        return changed > 0;
    }

    public List<SignInSession> endedAll(String username) {
        List<SignInSession> ended = of(username);
        sessions.deleteOne(byId(username));
        durability.commit();
        return ended;
    }

    private static Document byId(String username) {
        return new Document("_id", username);
    }
}
