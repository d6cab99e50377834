package uk.joinedup.identity.infrastructure;

import java.time.Clock;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock, and the session cookie: {@code HttpOnly}, {@code SameSite=Lax}, and over TLS {@code Secure} and {@code __Host-}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    static final String SESSION_COOKIE = "JOINEDUP_IDENTITY_SESSION";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionCookie(TransportProperties transport) {
        return factory -> {
            Cookie cookie = factory.getSession().getCookie();
            cookie.setName(transport.cookieName(SESSION_COOKIE));
            cookie.setHttpOnly(true);
            cookie.setSecure(transport.tls());
            cookie.setSameSite(Cookie.SameSite.LAX);
            cookie.setPath("/");
        };
    }
}
