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
 * With {@code joinedup.transport.tls} on (browsers come over HTTPS, here through a proxy that speaks
 * plain HTTP to web-ui): the session cookie is {@code Secure} with the {@code __Host-} prefix, and every
 * response carries HSTS.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "joinedup.transport.tls=true",
            "joinedup.identity.issuer=https://identity.example",
            "joinedup.identity.client-secret=s"
        })
class BehindTlsIT {

    @LocalServerPort
    private int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSessionCookieIsSecureWithTheHostPrefix() throws Exception {
        HttpResponse<String> signIn = get("/oauth2/authorization/joinedup");

        assertThat(signIn.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("__Host-JOINEDUP_SESSION=")
                .contains("; Path=/", "; Secure", "; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Domain"));
    }

    @Test
    void everyResponseCarriesHsts() throws Exception {
        for (String path : new String[] {"/", "/css/joinedup.css", "/oauth2/authorization/joinedup"}) {
            assertThat(get(path).headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValue("max-age=31536000 ; includeSubDomains");
        }
    }

    @Test
    void addressesGivenToIdentityServiceAreThoseBrowsersUseThroughTheProxy() throws Exception {
        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/joinedup"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "joinedup.example")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(URLDecoder.decode(signIn.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
                .contains("redirect_uri=https://joinedup.example/login/oauth2/code/joinedup");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
