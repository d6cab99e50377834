package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sessions as users meet them, in headless Chromium: signing in gives the session a new id; signing out
 * ends web-ui's and identity-service's sessions without a token in any address; the timeout warning opens before the idle timeout, "Stay
 * signed in" keeps the session, and letting the time run out signs out; a session nobody uses ends on
 * the server by itself.
 */
@Execution(ExecutionMode.CONCURRENT) // mostly waits: runs beside the other browser tests
class SessionBrowserIT {

    private static final String SESSION_COOKIE = "JOINEDUP_SESSION";

    private static RunningSystem system;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void signingOutEndsBothSessionsWithoutATokenInAnyAddress() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(system.webUrl() + "/oauth2/authorization/joinedup");
            String beforeSignIn = browser.cookie(SESSION_COOKIE);
            assertThat(beforeSignIn).as("sign-in started a session").isNotNull();
            browser.enterPassword("jo.carter", RunningSystem.DEMO_PASSWORD);
            AuthenticatorCodes.enter("jo.carter", browser::enterCode);
            assertThat(browser.heading()).isEqualTo("My caseload");
            assertThat(browser.cookie(SESSION_COOKIE))
                    .as("a new session id at sign-in")
                    .isNotEqualTo(beforeSignIn);
            assertThat(keepAlive(beforeSignIn)).as("the old id is no session").isEqualTo(302);
            assertThat(browser.find(By.cssSelector("[data-testid=your-sessions]"))
                            .getAttribute("href"))
                    .isEqualTo(system.identityUrl() + "/account/sessions");
            String session = browser.cookie(SESSION_COOKIE);
            assertThat(keepAlive(session)).as("signed in").isEqualTo(204);

            browser.signOut();

            assertThat(browser.url()).isEqualTo(system.webUrl() + "/signed-out");
            assertThat(browser.heading()).isEqualTo("You have signed out");
            browser.assertAccessible();
            assertThat(keepAlive(session)).as("web-ui's session ended").isEqualTo(302);
            browser.clickLink("Sign in again");
            assertThat(browser.url())
                    .as("identity-service's session ended: the password is asked again")
                    .startsWith(system.identityUrl() + "/login");
            assertThat(browser.has(By.id("password"))).isTrue();
            List<String> requested = browser.requestedUrls();
            assertThat(requested)
                    .as("the sign-out form was posted to identity-service")
                    .contains(system.identityUrl() + "/connect/logout");
            assertNoTokenIn(requested);
            browser.assertNoContentSecurityPolicyViolation();
        }
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void theTimeoutWarningKeepsTheSessionWhenAskedAndSignsOutWhenTheTimeRunsOut() throws Exception {
        assumeTrue(
                System.getProperty("e2e.web-url") == null,
                "needs web-ui started by the tests, with their short idle timeout");
        Duration idleTimeout = RunningSystem.IDLE_TIMEOUT;
        try (Browser browser = new Browser();
                Browser idle = new Browser()) {
            // someone whose page makes no request at all: the server ends their session by itself
            idle.signIn(system, "dee.walsh");
            String idleSession = idle.cookie(SESSION_COOKIE);
            idle.open(system.webUrl() + "/css/joinedup.css");
            assertThat(keepAlive(idleSession)).isEqualTo(204);
            Instant idleSince = Instant.now();

            browser.signIn(system, "sam.patel");
            Instant loaded = Instant.now();
            String session = browser.cookie(SESSION_COOKIE);
            assertThat(browser.has(By.cssSelector("#timeout-dialog[open]"))).isFalse();

            WebElement dialog = browser.waitUntil(
                    idleTimeout,
                    driver -> browser.has(By.cssSelector("#timeout-dialog[open]"))
                            ? driver.findElement(By.id("timeout-dialog"))
                            : null);
            Duration before = Duration.between(loaded, Instant.now());
            assertThat(before)
                    .as("the warning opens %s before the timeout", RunningSystem.TIMEOUT_WARNING)
                    .isBetween(
                            idleTimeout.minus(RunningSystem.TIMEOUT_WARNING).minusSeconds(10),
                            idleTimeout.minus(RunningSystem.TIMEOUT_WARNING).plusSeconds(5));
            assertThat(browser.text(By.id("timeout-dialog-heading"))).isEqualTo("You’re about to be signed out");
            assertThat(dialog.getText()).containsPattern("For your security, we will sign you out in \\d+ seconds\\.");
            assertThat(browser.script("return document.activeElement.id"))
                    .as("focus moves into the dialog")
                    .isEqualTo("timeout-dialog-heading");
            assertThat(dialog.getAttribute("aria-labelledby")).isEqualTo("timeout-dialog-heading");
            WebElement announcement = dialog.findElement(By.cssSelector("[aria-live=polite]"));
            assertThat(announcement.getAttribute("textContent")).matches("\\d+ seconds\\.");
            assertThat(browser.script("return document.getElementById('timeout-dialog').matches(':modal')"))
                    .isEqualTo(true);
            browser.assertAccessible();

            browser.find(By.xpath("//button[normalize-space()='Stay signed in']"))
                    .click();
            browser.waitUntil(Duration.ofSeconds(5), driver -> !browser.has(By.cssSelector("#timeout-dialog[open]")));

            sleepUntil(loaded.plus(idleTimeout).plusSeconds(2));
            assertThat(keepAlive(session))
                    .as("past the time the session would have ended, it goes on")
                    .isEqualTo(204);

            browser.waitUntil(
                    Duration.ofSeconds(90), driver -> driver.getCurrentUrl().contains("/signed-out"));
            assertThat(browser.url()).isEqualTo(system.webUrl() + "/signed-out?state=timed-out");
            assertThat(browser.heading()).isEqualTo("For your security, we signed you out");
            browser.assertAccessible();
            assertThat(keepAlive(session)).as("signed out").isEqualTo(302);
            assertNoTokenIn(browser.requestedUrls());
            browser.assertNoContentSecurityPolicyViolation();

            sleepUntil(idleSince.plus(idleTimeout).plusSeconds(2));
            assertThat(keepAlive(idleSession))
                    .as("a session without a request for the idle timeout has ended")
                    .isEqualTo(302);
        }
    }

    private static void assertNoTokenIn(List<String> addresses) {
        assertThat(addresses).as("addresses the browser requested").isNotEmpty();
        assertThat(addresses)
                .as("addresses the browser requested")
                .noneMatch(address -> Browser.TOKEN_IN_ADDRESS.matcher(address).find());
    }

    /** 204 while the session lives; a redirect to sign in once it has ended. */
    private int keepAlive(String session) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(system.webUrl() + "/session/keep-alive"))
                .header("Cookie", SESSION_COOKIE + "=" + session)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long wait = Duration.between(Instant.now(), moment).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
