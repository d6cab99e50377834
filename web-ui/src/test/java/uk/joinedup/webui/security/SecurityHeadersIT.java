package uk.joinedup.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP, served without TLS: every response's security headers; the session cookie's
 * attributes; sign-in asks for access tokens for case-service, with PKCE.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"joinedup.identity.issuer=https://identity.example", "joinedup.identity.client-secret=s"})
class SecurityHeadersIT {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self' https://identity.example; frame-ancestors 'none'";

    @LocalServerPort
    private int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesAndFilesCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/js/session-timeout.js", "/signed-out", "/no-such-page"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("no-referrer");
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(
                            policy -> assertThat(policy).contains("camera=()", "geolocation=()", "microphone=()"));
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS without TLS: " + path)
                    .isEmpty();
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> signIn = get("/oauth2/authorization/joinedup");

        assertThat(signIn.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("JOINEDUP_SESSION=")
                .contains("; Path=/", "; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Secure", "Domain"));
    }

    @Test
    void signInAsksForAccessTokensForCaseServiceWithPkce() throws Exception {
        HttpResponse<String> signIn = get("/oauth2/authorization/joinedup");

        assertThat(signIn.statusCode()).isEqualTo(302);
        String location =
                URLDecoder.decode(signIn.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(location)
                .startsWith("https://identity.example/oauth2/authorize?")
                .contains("response_type=code", "client_id=joinedup-web", "scope=openid profile case-service")
                .contains("code_challenge_method=S256");
    }

    @Test
    void aBrowserAskingForTheFaviconStartsNoSignIn() throws Exception {
        HttpResponse<String> favicon = get("/favicon.ico");

        assertThat(favicon.statusCode()).isEqualTo(404);
        assertThat(favicon.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        HttpResponse<String> caseload = get("/people/new");

        assertThat(caseload.statusCode()).isEqualTo(302);
        assertThat(caseload.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/oauth2/authorization/joinedup"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
