package uk.joinedup.identity.session;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.audit.AuditEventType;
import uk.joinedup.identity.audit.AuditLog;
import uk.joinedup.identity.authorization.BackChannelLogout;
import uk.joinedup.identity.authorization.MongoAuthorizationService;
import uk.joinedup.identity.authorization.SessionEnding;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.UserAccount;

/**
 * Ends sign-in sessions, everywhere at once: the HTTP session here, the authorizations (refresh tokens)
 * issued in it, and web-ui's session over the back channel.
 */
@Component
public class SignOut implements SessionEnding {

    private final SignInSessions sessions;
    private final LiveSessions live;
    private final MongoAuthorizationService authorizations;
    private final BackChannelLogout backChannel;
    private final AuditLog audit;
    private final Directory directory;

    SignOut(
            SignInSessions sessions,
            LiveSessions live,
            MongoAuthorizationService authorizations,
            BackChannelLogout backChannel,
            AuditLog audit,
            Directory directory) {
        this.sessions = sessions;
        this.live = live;
        this.authorizations = authorizations;
        this.backChannel = backChannel;
        this.audit = audit;
        this.directory = directory;
    }

    /** Ends one of a user's sessions; {@code actor} is who asked (the user, or web-ui for them). */
    public void end(String username, String sid, String actor, String address, AuditEventType type) {
        sessions.ended(username, sid);
        authorizations.revokeSession(username, sid);
        live.invalidate(sid);
        backChannel.signOut(username, sid);
        audit.record(type, actor, username, agencyOf(username), address, null);
    }

    @Override
    public void signedOut(String username, String sid, String address) {
        end(username, sid, username, address, AuditEventType.SIGNED_OUT);
    }

    /** Ends every session of a user: signing out everywhere, or a deactivation (recorded by the caller). */
    public void everywhere(String username, String actor, String address, boolean record) {
        List<SignInSessions.SignInSession> ended = sessions.endedAll(username);
        ended.forEach(session -> live.invalidate(session.sid()));
        int revoked = authorizations.revokeAll(username);
        if (!ended.isEmpty() || revoked > 0) {
            backChannel.signOut(username, null);
        }
        if (record) {
            audit.record(AuditEventType.SIGNED_OUT_EVERYWHERE, actor, username, agencyOf(username), address, null);
        }
    }

    private String agencyOf(String username) {
        return directory.user(username).map(UserAccount::agencyId).orElse(null);
    }
}
