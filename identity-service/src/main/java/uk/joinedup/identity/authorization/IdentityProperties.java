package uk.joinedup.identity.authorization;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer the issuer URL browsers and tokens use, e.g. {@code http://localhost:9000}
 * @param webUiUrl where web-ui is served; its sign-in callback and sign-out landing page are there
 * @param webUiInternalUrl where this service reaches web-ui to sign users out of it (back-channel
 *     logout); {@code webUiUrl} when empty
 * @param webClientSecret the shared secret of the web-ui client
 * @param accessTokenTimeToLive how long an access token is valid: at most 5 minutes, which is how long a
 *     deactivated user's last access token can still be used
 */
@ConfigurationProperties("joinedup.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("http://localhost:8080") String webUiUrl,
        String webUiInternalUrl,
        String webClientSecret,
        @DefaultValue("5m") Duration accessTokenTimeToLive) {

    static final Duration LONGEST_ACCESS_TOKEN = Duration.ofMinutes(5);

    public IdentityProperties {
        if (accessTokenTimeToLive.compareTo(LONGEST_ACCESS_TOKEN) > 0) {
            throw new IllegalArgumentException(
                    "Access tokens may live at most 5 minutes, not " + accessTokenTimeToLive);
        }
    }

    /** Where this service calls web-ui. */
    public String webUiBackChannel() {
        return webUiInternalUrl == null || webUiInternalUrl.isBlank() ? webUiUrl : webUiInternalUrl;
    }
}
