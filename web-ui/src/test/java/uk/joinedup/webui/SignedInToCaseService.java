package uk.joinedup.webui;

import java.time.Instant;
import java.util.Set;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/** For page tests: the user has signed in and holds an access token for case-service, valid for an hour. */
public final class SignedInToCaseService {

    private SignedInToCaseService() {}

    public static void as(
            String username, OAuth2AuthorizedClientService clients, ClientRegistrationRepository registrations) {
        clients.saveAuthorizedClient(
                new OAuth2AuthorizedClient(
                        registrations.findByRegistrationId("joinedup"),
                        username,
                        new OAuth2AccessToken(
                                OAuth2AccessToken.TokenType.BEARER,
                                "the-access-token",
                                Instant.now(),
                                Instant.now().plusSeconds(3600),
                                Set.of("case-service"))),
                new TestingAuthenticationToken(username, null));
    }
}
