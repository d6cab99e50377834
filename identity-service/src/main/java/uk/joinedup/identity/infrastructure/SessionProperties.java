package uk.joinedup.identity.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a sign-in lasts ({@code joinedup.session.*}): here, and for web-ui, whose refresh tokens
 * stop at the same absolute timeout.
 *
 * @param idleTimeout how long a session lasts without a request
 * @param absoluteTimeout how long a sign-in lasts at most, however active: the HTTP session here and the
 *     refresh tokens issued in it
 */
@ConfigurationProperties("joinedup.session")
public record SessionProperties(
        @DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {}
