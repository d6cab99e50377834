package uk.joinedup.identity.session;

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
import uk.joinedup.identity.infrastructure.SessionProperties;

/** Ends a session older than the absolute timeout before the request sees it, however active it was. */
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
                        > properties.absoluteTimeout().toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
