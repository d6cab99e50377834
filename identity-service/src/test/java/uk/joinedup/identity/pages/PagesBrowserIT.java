package uk.joinedup.identity.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.support.Chromium;
import uk.joinedup.identity.support.IdentityServiceIT;
import uk.joinedup.identity.support.TestUser;

/**
 * identity-service's pages in headless Chromium, each checked with axe (WCAG 2.2 AA), with and without
 * errors: an administrator signs in with a code and adds a user; the user follows the invitation, sets
 * a password, sets up an authenticator from the key shown, keeps the recovery codes and signs in.
 */
class PagesBrowserIT extends IdentityServiceIT {

    @Test
    void anAdministratorInvitesAUserWhoEnrolsAndSignsIn() {
        TestUser admin = users.create("southampton-youth-justice", Role.SYSTEM_ADMIN);
        try (Chromium browser = new Chromium(port)) {
            browser.open("/login");
            browser.assertAccessible();
            assertThat(browser.scriptRan())
                    .as("GOV.UK Frontend's script ran under the CSP")
                    .isTrue();
            browser.submit("Sign in");
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Enter a correct username and password");
            browser.assertAccessible();

            browser.type("username", admin.username());
            browser.type("password", admin.password());
            browser.submit("Sign in");
            assertThat(browser.path()).isEqualTo("/login/code");
            browser.assertAccessible();
            browser.type("code", "000000".equals(admin.code()) ? "111111" : "000000");
            browser.submit("Continue");
            browser.assertAccessible();
            browser.type("code", admin.code());
            browser.submit("Continue");
            assertThat(browser.path()).isEqualTo("/account");
            browser.assertAccessible();

            for (String page : new String[] {
                "/account/sessions",
                "/admin",
                "/admin/users",
                "/admin/agencies",
                "/admin/agencies/new",
                "/admin/teams/new",
                "/admin/audit",
                "/admin/users/" + admin.username()
            }) {
                browser.open(page);
                browser.assertAccessible();
            }

            browser.open("/admin/users/new");
            browser.assertAccessible();
            browser.submit("Add the user and make an invitation link");
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Select at least one role");
            browser.assertAccessible();
            browser.type("username", "casey.browser");
            browser.type("displayName", "Casey Browser");
            browser.find(By.cssSelector("label[for='roles-KEYWORKER']")).click();
            browser.submit("Add the user and make an invitation link");
            browser.assertAccessible();
            String link = browser.find(By.id("link")).getText();
            assertThat(link).startsWith("http://localhost:9000/invitation/");

            browser.forgetCookies();
            browser.open(link.substring("http://localhost:9000".length()));
            browser.assertAccessible();
            browser.type("password", "short");
            browser.type("confirmPassword", "short");
            browser.submit("Set password");
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("at least 12 characters");
            browser.assertAccessible();
            browser.type("password", "a river of quiet lanterns");
            browser.type("confirmPassword", "a river of quiet lanterns");
            browser.submit("Set password");
            assertThat(browser.path()).isEqualTo("/invitation/authenticator");
            browser.assertAccessible();
            assertThat(browser.imageShown(By.cssSelector("img.joinedup-qr")))
                    .as("the QR code")
                    .isTrue();
            String secret = browser.find(By.id("secret"))
                    .getAttribute("textContent")
                    .replace(" ", "")
                    .trim();
            browser.type("code", TestUser.codeAt(secret, TestUser.step()));
            browser.submit("Continue");
            assertThat(browser.path()).isEqualTo("/invitation/recovery-codes");
            assertThat(browser.find(By.id("recovery-codes")).getText().lines()).hasSize(10);
            browser.assertAccessible();
            browser.click(By.id("continue"));
            assertThat(browser.path()).isEqualTo("/login?ready");
            browser.assertAccessible();

            browser.type("username", "casey.browser");
            browser.type("password", "a river of quiet lanterns");
            browser.submit("Sign in");
            browser.type("code", TestUser.codeAt(secret, TestUser.step() + 1));
            browser.submit("Continue");
            assertThat(browser.path()).isEqualTo("/account");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Casey Browser", "Keyworker");
        }
    }

    @Test
    void theOtherPagesAreAccessibleToo() {
        TestUser user = users.keyworker();
        try (Chromium browser = new Chromium(port)) {
            for (String page : new String[] {"/demo/codes", "/invitation/not-a-link"}) {
                browser.open(page);
                browser.assertAccessible();
            }
            browser.open("/login");
            browser.type("username", user.username());
            browser.type("password", user.password());
            browser.submit("Sign in");
            browser.open("/login/recovery-code");
            browser.assertAccessible();
            browser.submit("Continue");
            browser.assertAccessible();
            browser.type("code", user.recoveryCodes().get(0));
            browser.submit("Continue");
            assertThat(browser.path()).isEqualTo("/account");
            browser.open("/no-such-page");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
            browser.assertAccessible();
            browser.open("/admin");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
            browser.assertAccessible();
        }
    }
}
