package uk.joinedup.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.audit.AuditEventType;
import uk.joinedup.identity.audit.AuditLog;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.session.SessionIds;
import uk.joinedup.identity.session.SignInSessions;

/**
 * The end of a sign-in, once password and code are both right: a new session id, the user in the
 * security context, a new CSRF token, the sign-in session recorded, the failures forgotten, the browser
 * trusted, and the way back to where the user was going.
 */
@Component
class SignInCompletion {

    private final SessionRegistry registry;
    private final SignInSessions sessions;
    private final SignInThrottle throttle;
    private final TrustedBrowsers browsers;
    private final AuditLog audit;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfAuthenticationStrategy csrf =
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    SignInCompletion(
            SessionRegistry registry,
            SignInSessions sessions,
            SignInThrottle throttle,
            TrustedBrowsers browsers,
            AuditLog audit,
            Clock clock) {
        this.registry = registry;
        this.sessions = sessions;
        this.throttle = throttle;
        this.browsers = browsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Signs the user in and answers where to go next. */
    String complete(
            HttpServletRequest request, HttpServletResponse response, UserAccount account, String device, String how) {
        request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
        request.changeSessionId();
        String sessionId = request.getSession().getId();
        String sid = SessionIds.sid(sessionId);
        DirectoryUser user = new DirectoryUser(account.username(), account.roles(), clock.instant(), sid);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        csrf.onAuthentication(authentication, request, response);
        registry.registerNewSession(sessionId, user);
        sessions.started(
                account.username(),
                new SignInSessions.SignInSession(
                        sid, clock.instant(), request.getRemoteAddr(), request.getHeader("User-Agent")));
        throttle.succeeded(account.username(), device);
        browsers.trust(response, account.username());
        audit.record(
                AuditEventType.SIGNED_IN,
                account.username(),
                account.username(),
                account.agencyId(),
                request.getRemoteAddr(),
                how);
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null) {
            return saved.getRedirectUrl();
        }
        return "/account";
    }
}
