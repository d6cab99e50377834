package uk.joinedup.webui.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than the absolute timeout before the request sees it, however active it was: the
 * request then goes on signed out. A session is created when sign-in starts and keeps its creation time
 * when sign-in gives it a new id, so it never outlives sign-in by more than the timeout. (identity-service's
 * session, older still, has then ended too, so signing in again asks for the password and a code.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AbsoluteTimeoutFilter extends OncePerRequestFilter {

    private final SessionProperties properties;
    private final Clock clock;

    AbsoluteTimeoutFilter(SessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && clock.millis() - session.getCreationTime()
                        >= properties.absoluteTimeout().toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
