package uk.joinedup.webui;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * For page tests: the user has signed in and holds an access token for case-service, valid for an hour; and
 * Chris Ward, the council's information-governance officer of the demo, signed in with the roles a test gives.
 */
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

    /** Chris Ward ({@code chris.ward}) of Southampton City Council, signed in with these roles. */
    public static OidcLoginRequestPostProcessor chrisWard(String... roles) {
        return oidcLogin().idToken(token -> token.subject("chris.ward")).userInfoToken(info -> info.subject(
                        "chris.ward")
                .claim("name", "Chris Ward")
                .claim("agency", "southampton-council")
                .claim("agency_name", "Southampton City Council")
                .claim("roles", List.of(roles)));
    }
}
