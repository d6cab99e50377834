package uk.joinedup.identity.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.UserAccount;

/**
 * Checks, on every request of a signed-in browser, that its sign-in session is still open and its user
 * still active (two {@code _id} lookups), so that ending a session or deactivating a user on any
 * instance signs the browser out here at its next request. Runs inside the security chains, once the
 * security context is loaded.
 */
public class OpenSessionFilter extends OncePerRequestFilter {

    private final SignInSessions sessions;
    private final Directory directory;

    public OpenSessionFilter(SignInSessions sessions, Directory directory) {
        this.sessions = sessions;
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof DirectoryUser user
                && user.sid() != null
                && !(open(user))) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean open(DirectoryUser user) {
        return directory.user(user.getUsername()).filter(UserAccount::enabled).isPresent()
                && sessions.isOpen(user.getUsername(), user.sid());
    }
}
