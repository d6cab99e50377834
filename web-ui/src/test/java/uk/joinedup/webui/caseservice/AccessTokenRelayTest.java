package uk.joinedup.webui.caseservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** case-service is called with the signed-in user's access token of the joinedup registration, never the ID token. */
class AccessTokenRelayTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void relaysTheSignedInUsersAccessToken() {
        OidcIdToken idToken = new OidcIdToken(
                "the-id-token", Instant.now(), Instant.now().plusSeconds(300), Map.of("sub", "jo.carter"));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), idToken), List.of(), "joinedup"));
        List<OAuth2AuthorizeRequest> asked = new ArrayList<>();
        OAuth2AuthorizedClientManager authorizedClients = request -> {
            asked.add(request);
            return new OAuth2AuthorizedClient(
                    registration(),
                    request.getPrincipal().getName(),
                    new OAuth2AccessToken(
                            OAuth2AccessToken.TokenType.BEARER,
                            "the-access-token",
                            Instant.now(),
                            Instant.now().plusSeconds(300),
                            Set.of("case-service")));
        };
        RestClient.Builder builder = RestClient.builder();
        MockRestServiceServer caseService =
                MockRestServiceServer.bindTo(builder).build();
        caseService
                .expect(requestTo("http://case-service.test/api/caseload"))
                .andExpect(header("Authorization", "Bearer the-access-token"))
                .andRespond(withNoContent());

        new CaseServiceClientConfiguration()
                .caseServiceRestClient(
                        builder,
                        authorizedClients,
                        new CaseServiceProperties("http://case-service.test"),
                        new ObjectMapper())
                .get()
                .uri("/api/caseload")
                .retrieve()
                .toBodilessEntity();

        caseService.verify();
        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.getClientRegistrationId()).isEqualTo("joinedup");
            assertThat(request.getPrincipal().getName()).isEqualTo("jo.carter");
        });
    }

    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("joinedup")
                .clientId("joinedup-web")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://identity.test/oauth2/authorize")
                .tokenUri("http://identity.test/oauth2/token")
                .build();
    }
}
