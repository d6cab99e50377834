package uk.joinedup.identity.authorization;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer the issuer URL browsers and tokens use, e.g. {@code http://localhost:9000}
 * @param webUiUrl where web-ui is served; its sign-in callback and sign-out landing page are there
 * @param webClientSecret the shared secret of the web-ui client
 * @param accessTokenTimeToLive how long an access token is valid
 */
@ConfigurationProperties("joinedup.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("http://localhost:8080") String webUiUrl,
        String webClientSecret,
        @DefaultValue("15m") Duration accessTokenTimeToLive) {}
