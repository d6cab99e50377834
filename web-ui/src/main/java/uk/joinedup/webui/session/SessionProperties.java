package uk.joinedup.webui.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param idleTimeout how long a session lasts without a request ({@code SESSION_IDLE_TIMEOUT})
 * @param absoluteTimeout how long a session lasts at most, however active ({@code SESSION_ABSOLUTE_TIMEOUT})
 * @param warning how long before the idle timeout pages warn that the user will be signed out ({@code
 *     SESSION_TIMEOUT_WARNING})
 */
@ConfigurationProperties("joinedup.session")
public record SessionProperties(
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("12h") Duration absoluteTimeout,
        @DefaultValue("2m") Duration warning) {

    public SessionProperties {
        if (warning.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException(
                    "The timeout warning (" + warning + ") must come before the idle timeout (" + idleTimeout + ")");
        }
    }
}
