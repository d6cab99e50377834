package uk.joinedup.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * Two requests of one session that find its access token expired at the same moment, against a token endpoint
 * that rotates refresh tokens as identity-service does (each works once): through Spring's own client manager
 * and session-held clients, the second fails; one at a time, both get a token and only one refresh is made.
 */
class OneRefreshAtATimeTest {

    private static final ClientRegistration JOINEDUP = ClientRegistration.withRegistrationId("joinedup")
            .clientId("web-ui")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .authorizationUri("https://identity.example/oauth2/authorize")
            .tokenUri("https://identity.example/oauth2/token")
            .build();
    private static final TestingAuthenticationToken USER = new TestingAuthenticationToken("sam.patel", null);

    private final HttpSessionOAuth2AuthorizedClientRepository clients =
            new HttpSessionOAuth2AuthorizedClientRepository();
    private final MockHttpSession session = new MockHttpSession();
    private final RotatingTokenEndpoint identity = new RotatingTokenEndpoint();

    @Test
    void twoRequestsRefreshingAtOnceLeaveTheSecondWithASpentRefreshToken() throws Exception {
        List<Object> answers = twoRequestsAtOnce(manager());

        assertThat(answers).hasAtLeastOneElementOfType(ClientAuthorizationException.class);
    }

    @Test
    void oneAtATimeTheSecondFindsTheTokenTheFirstRefreshed() throws Exception {
        List<Object> answers = twoRequestsAtOnce(new OneRefreshAtATime(manager()));

        assertThat(answers).allSatisfy(answer -> assertThat(answer)
                .isInstanceOf(OAuth2AuthorizedClient.class)
                .extracting(client ->
                        ((OAuth2AuthorizedClient) client).getAccessToken().getTokenValue())
                .isEqualTo("access-1"));
        assertThat(identity.refreshes).hasValue(1);
    }

    private OAuth2AuthorizedClientManager manager() {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(new InMemoryClientRegistrationRepository(JOINEDUP), clients);
        manager.setAuthorizedClientProvider(identity);
        return manager;
    }

    /** Both requests of the session ask for its client while the token it holds has expired. */
    private List<Object> twoRequestsAtOnce(OAuth2AuthorizedClientManager manager) throws Exception {
        MockHttpServletRequest signIn = request();
        clients.saveAuthorizedClient(
                client("access-0", "refresh-0", true), USER, signIn, new MockHttpServletResponse());
        CountDownLatch together = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Object>> requests = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                requests.add(() -> {
                    together.countDown();
                    together.await();
                    try {
                        return manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("joinedup")
                                .principal(USER)
                                .attribute(HttpServletRequest.class.getName(), request())
                                .attribute(HttpServletResponse.class.getName(), new MockHttpServletResponse())
                                .build());
                    } catch (ClientAuthorizationException refused) {
                        return refused;
                    }
                });
            }
            List<Object> answers = new ArrayList<>();
            for (Future<Object> answer : threads.invokeAll(requests)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdown();
        }
    }

    private MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/outcomes");
        request.setSession(session);
        return request;
    }

    private static OAuth2AuthorizedClient client(String access, String refresh, boolean expired) {
        Instant now = Instant.now();
        Instant expires = expired ? now.minusSeconds(1) : now.plusSeconds(300);
        return new OAuth2AuthorizedClient(
                JOINEDUP,
                USER.getName(),
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, access, expires.minusSeconds(300), expires),
                new OAuth2RefreshToken(refresh, now));
    }

    /** Refreshes an expired token, taking a moment as a real token endpoint does, honouring each refresh token once. */
    private static final class RotatingTokenEndpoint implements OAuth2AuthorizedClientProvider {

        private final AtomicInteger refreshes = new AtomicInteger();
        private volatile String current = "refresh-0";

        @Override
        public OAuth2AuthorizedClient authorize(
                org.springframework.security.oauth2.client.OAuth2AuthorizationContext context) {
            OAuth2AuthorizedClient client = context.getAuthorizedClient();
            if (client == null || client.getAccessToken().getExpiresAt().isAfter(Instant.now())) {
                return null;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                if (!client.getRefreshToken().getTokenValue().equals(current)) {
                    throw new ClientAuthorizationException(new OAuth2Error("invalid_grant"), "joinedup");
                }
                int n = refreshes.incrementAndGet();
                current = "refresh-" + n;
                return client("access-" + n, current, false);
            }
        }
    }
}
