package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A new keyworker's first sign-in, in headless Chromium, every page axe clean: their agency's
 * administrator, signed in to web-ui, goes on to identity-service's administration pages and adds them,
 * which shows an invitation link; the new keyworker opens it, chooses a password, sets up an
 * authenticator app with the key shown for manual entry, is shown ten recovery codes, then signs in to
 * web-ui with a code from the app and sees their caseload.
 */
class InvitationBrowserIT {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
    }

    @Test
    void anInvitedKeyworkerChoosesAPasswordSetsUpAnAuthenticatorAndSignsInWithACode() {
        String username = "robin." + KeyworkerJourneyBrowserIT.letters().toLowerCase();
        String password =
                "lantern orchard " + KeyworkerJourneyBrowserIT.letters().toLowerCase() + " quietly";
        String invitation;
        try (Browser admin = new Browser()) {
            admin.signIn(system, "pat.khan");
            assertThat(admin.heading()).isEqualTo("Manage JoinedUp users");
            admin.assertAccessible();
            admin.click(By.cssSelector("main a.govuk-button"));
            assertThat(admin.url()).isEqualTo(system.identityUrl() + "/admin");
            admin.clickLink("Users");
            admin.clickLink("Add a user");
            admin.type("username", username);
            admin.type("displayName", "Robin Lake");
            admin.type("job", "Probation practitioner");
            admin.select("teamId", "Southampton Probation Delivery Unit");
            admin.choose("Keyworker");
            admin.submit();
            invitation = admin.text(By.id("link"));
            assertThat(invitation).startsWith(system.identityUrl() + "/invitation/");
            admin.assertAccessible();
        }

        try (Browser keyworker = new Browser()) {
            keyworker.open(invitation);
            assertThat(keyworker.heading()).isEqualTo("Choose a password");
            keyworker.assertAccessible();
            keyworker.type("password", password);
            keyworker.type("confirmPassword", password);
            keyworker.submit();

            assertThat(keyworker.heading()).isEqualTo("Set up an authenticator app");
            assertThat(keyworker
                            .find(By.cssSelector("img[src$='/invitation/authenticator/qr-code.png']"))
                            .getAttribute("alt"))
                    .isNotBlank();
            keyworker.assertAccessible();
            keyworker
                    .find(By.xpath("//summary[normalize-space()='I cannot scan the QR code']"))
                    .click();
            AuthenticatorCodes.enrol(username, keyworker.text(By.id("secret")));
            AuthenticatorCodes.enter(username, code -> {
                keyworker.type("code", code);
                keyworker.submit();
            });

            assertThat(keyworker.heading()).isEqualTo("Save your recovery codes");
            assertThat(keyworker.findAll(By.cssSelector("#recovery-codes li"))).hasSize(10);
            keyworker.assertAccessible();
            keyworker.click(By.id("continue"));

            keyworker.signIn(system, username, password);
            assertThat(keyworker.url()).isEqualTo(system.webUrl() + "/");
            assertThat(keyworker.heading()).isEqualTo("My caseload");
            assertThat(keyworker.text())
                    .contains("Signed in as Robin Lake")
                    .contains("You are not in the team around any family yet");
            keyworker.assertAccessible();
        }
    }
}
