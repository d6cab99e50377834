package uk.joinedup.identity.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How browsers reach this service ({@code joinedup.transport.*}; {@code BEHIND_TLS=true} sets {@code tls}).
 *
 * @param tls whether browsers reach this service over HTTPS (itself or a proxy in front of it): cookies
 *     are then {@code Secure} with the {@code __Host-} prefix, and responses carry HSTS. Off by default,
 *     so that {@code http://localhost} works.
 */
@ConfigurationProperties("joinedup.transport")
public record TransportProperties(@DefaultValue("false") boolean tls) {

    /** A cookie's name: {@code __Host-} prefixed over TLS. */
    public String cookieName(String name) {
        return tls ? "__Host-" + name : name;
    }
}
