package uk.joinedup.identity.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param idleTimeout how long a session lasts without a request
 * @param absoluteTimeout how long a session lasts at most
 */
@ConfigurationProperties("joinedup.session")
public record SessionProperties(
        @DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {}
