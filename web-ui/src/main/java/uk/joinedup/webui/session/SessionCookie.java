package uk.joinedup.webui.session;

import java.util.Set;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.boot.web.servlet.server.Session;
import org.springframework.core.Ordered;
import uk.joinedup.webui.security.TransportProperties;

/**
 * The session cookie: {@code HttpOnly}, {@code SameSite=Lax}, path {@code /}, and over TLS {@code Secure}
 * with the {@code __Host-} prefix; sessions are tracked by the cookie only, never in addresses. Applied
 * after Spring Boot's {@code server.servlet.session} settings, which it overrides.
 */
final class SessionCookie implements WebServerFactoryCustomizer<AbstractServletWebServerFactory>, Ordered {

    private final TransportProperties transport;

    SessionCookie(TransportProperties transport) {
        this.transport = transport;
    }

    @Override
    public void customize(AbstractServletWebServerFactory factory) {
        Session session = factory.getSession();
        session.setTrackingModes(Set.of(Session.SessionTrackingMode.COOKIE));
        Session.Cookie cookie = session.getCookie();
        cookie.setName(transport.sessionCookieName());
        cookie.setHttpOnly(true);
        cookie.setSecure(transport.tls());
        cookie.setSameSite(SameSite.LAX);
        cookie.setPath("/");
        cookie.setDomain(null);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
