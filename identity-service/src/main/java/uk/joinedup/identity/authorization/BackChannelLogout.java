package uk.joinedup.identity.authorization;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * OpenID Connect Back-Channel Logout: tells web-ui, server to server, to end its sessions of a user (all
 * of them, or the one of a sign-in session) with a signed logout token ({@code typ: logout+jwt}). If
 * web-ui cannot be reached its sessions end anyway within an access token's lifetime, when their refresh
 * is refused.
 */
@Component
public class BackChannelLogout {

    /** web-ui's endpoint: Spring Security's, for the client registration {@code joinedup}. */
    static final String PATH = "/logout/connect/back-channel/joinedup";

    private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(BackChannelLogout.class);

    private final NimbusJwtEncoder encoder;
    private final IdentityProperties properties;
    private final Clock clock;
    private final RestClient http;

    BackChannelLogout(
            JWKSource<SecurityContext> signingKeys,
            IdentityProperties properties,
            Clock clock,
            RestClient.Builder http) {
        this.encoder = new NimbusJwtEncoder(signingKeys);
        this.properties = properties;
        this.clock = clock;
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(TIMEOUT);
        timeouts.setReadTimeout(TIMEOUT);
        this.http = http.requestFactory(timeouts).build();
    }

    /** Ends web-ui's sessions of this user: every one when {@code sid} is null. */
    public void signOut(String username, String sid) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .audience(List.of(AuthorizationServerConfiguration.WEB_CLIENT_ID))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(120))
                .id(UUID.randomUUID().toString())
                .subject(username)
                .claim("events", Map.of(EVENT, Map.of()));
        if (sid != null) {
            claims.claim("sid", sid);
        }
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256)
                                .type("logout+jwt")
                                .build(),
                        claims.build()))
                .getTokenValue();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("logout_token", token);
        try {
            http.post()
                    .uri(properties.webUiBackChannel() + PATH)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            log.warn("web-ui did not take a back-channel logout: {}", e.getMessage());
        }
    }
}
