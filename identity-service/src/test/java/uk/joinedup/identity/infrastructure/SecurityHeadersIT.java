package uk.joinedup.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;

/** Served over plain HTTP (development): the headers every page carries, the session cookie, CSRF. */
class SecurityHeadersIT extends IdentityServiceIT {

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/login", "/account", "/demo/codes", "/invitation/not-a-link"}) {
            Browser.Page page = browser().get(path);
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(csp).as(path).doesNotContain("unsafe-inline");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(page.headers().firstValue("Permissions-Policy").orElse(""))
                    .as(path)
                    .contains("camera=()");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(page.headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void pagesHaveNoInlineScript() {
        String page = browser().get("/login").body();
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Browser.Page page = browser().get("/login");
        String cookie = page.cookies().stream()
                .filter(value -> value.startsWith("JOINEDUP_IDENTITY_SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        Browser browser = browser();
        Browser.Page refused = browser.post("/login", "username", "sam.patel", "password", "joined-up-demo");
        assertThat(refused.status()).isEqualTo(403);
    }
}
