package uk.joinedup.identity.session;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.joinedup.identity.infrastructure.SessionProperties;

/**
 * This instance's HTTP sessions by {@code sid}, so that one can be ended from another request (the
 * user's sessions page, an administrator's deactivation); and every new session's idle timeout, to the
 * second.
 */
public class LiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> bySid = new ConcurrentHashMap<>();
    private final int idleSeconds;

    LiveSessions(SessionProperties properties) {
        this.idleSeconds = (int) properties.idleTimeout().toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleSeconds);
        bySid.put(SessionIds.sid(event.getSession().getId()), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        bySid.remove(SessionIds.sid(event.getSession().getId()));
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        bySid.remove(SessionIds.sid(oldSessionId));
        bySid.put(SessionIds.sid(event.getSession().getId()), event.getSession());
    }

    /** When the session was last used, if it lives on this instance. */
    public Optional<Instant> lastUsed(String sid) {
        HttpSession session = bySid.get(sid);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(session.getLastAccessedTime()));
        } catch (IllegalStateException ended) {
            return Optional.empty();
        }
    }

    /** Ends the session if it lives on this instance. */
    public void invalidate(String sid) {
        HttpSession session = bySid.remove(sid);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
    }
}
