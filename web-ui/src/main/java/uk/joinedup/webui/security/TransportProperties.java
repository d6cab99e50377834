package uk.joinedup.webui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tls whether browsers reach web-ui over HTTPS (itself or a proxy in front of it, {@code
 *     BEHIND_TLS}): the session cookie is then {@code Secure} with the {@code __Host-} prefix, and
 *     responses carry HSTS. Off by default, so that {@code http://localhost} works.
 */
@ConfigurationProperties("joinedup.transport")
public record TransportProperties(@DefaultValue("false") boolean tls) {

    /** The session cookie's name (identity-service, on the same host name, has its own). */
    public String sessionCookieName() {
        return cookieName("JOINEDUP_SESSION");
    }

    /** A cookie's name: {@code __Host-} prefixed over TLS (the browser then insists on Secure, Path=/, no Domain). */
    public String cookieName(String name) {
        return tls ? "__Host-" + name : name;
    }
}
