package uk.joinedup.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.joinedup.identity.support.Browser;

/**
 * As deployed: no demo data, and browsers reach the service over TLS ({@code BEHIND_TLS=true}): the
 * demo codes page does not exist, cookies are {@code Secure} with the {@code __Host-} prefix, HSTS.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "joinedup.mongo.in-memory=true",
            "joinedup.demo-data=false",
            "joinedup.transport.tls=true",
            "joinedup.identity.web-client-secret=production-test-secret"
        })
class ProductionSettingsIT {

    @LocalServerPort
    int port;

    @Test
    void hasNoDemoCodesPageWithoutDemoData() {
        assertThat(new Browser(port).get("/demo/codes").status()).isEqualTo(404);
    }

    @Test
    void securesTheSessionCookieAndAsksForHsts() {
        Browser.Page page = new Browser(port).get("/login");
        String cookie = page.cookies().stream()
                .filter(value -> value.startsWith("__Host-JOINEDUP_IDENTITY_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no __Host- session cookie in " + page.cookies()));
        assertThat(cookie)
                .contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/")
                .doesNotContain("Domain");
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000");
    }
}
