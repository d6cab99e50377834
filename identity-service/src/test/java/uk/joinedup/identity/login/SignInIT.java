package uk.joinedup.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;
import uk.joinedup.identity.support.TestUser;

/**
 * Signing in over real HTTP: a password, then a code from the authenticator app (or a recovery code);
 * wrong and replayed codes refused; an unknown username answered as a wrong password; failures slowed
 * down, then locked out.
 */
class SignInIT extends IdentityServiceIT {

    @Test
    void signsInWithPasswordAndCodeWithANewSessionId() {
        TestUser user = users.keyworker();
        Browser browser = browser();
        browser.get("/login");
        String before =
                browser.cookie("JOINEDUP_IDENTITY_SESSION").orElseThrow().getValue();

        Browser.Page signedIn = browser.signIn(user);

        assertThat(signedIn.location()).endsWith("/account");
        assertThat(browser.cookie("JOINEDUP_IDENTITY_SESSION").orElseThrow().getValue())
                .isNotEqualTo(before);
        Browser.Page account = browser.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains(user.username());
    }

    @Test
    void aFontTheSignInPageAsksForIsNotFoundAndSignInStillReturnsToThePageAskedFor() {
        TestUser user = users.keyworker();
        Browser browser = browser();
        assertThat(browser.get("/account/sessions").location()).endsWith("/login");

        // GOV.UK Frontend's stylesheet names GDS Transport here; a browser without Arial asks for it
        assertThat(browser.get("/assets/fonts/light-f591b13f7d-v2.woff").status())
                .isEqualTo(404);

        assertThat(browser.signIn(user).location()).contains("/account/sessions?");
    }

    @Test
    void requiresTheCodeAfterTheRightPassword() {
        TestUser user = users.keyworker();
        Browser browser = browser();
        browser.get("/login");

        Browser.Page password = browser.post("/login", "username", user.username(), "password", user.password());

        assertThat(password.location()).endsWith("/login/code");
        Browser.Page codePage = browser.get("/login/code");
        assertThat(codePage.body()).contains("id=\"code\"", "name=\"code\"", "button", "govuk-button");
        assertThat(browser.get("/account").location()).endsWith("/login");
    }

    @Test
    void refusesAWrongCode() {
        TestUser user = users.keyworker();
        Browser browser = passwordGiven(user);

        String wrong = user.code().equals("000000") ? "111111" : "000000";
        Browser.Page refused = browser.post("/login/code", "code", wrong);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("govuk-error-summary", "Enter the 6-digit code your authenticator app shows now");
        assertThat(browser.get("/account").location()).endsWith("/login");
    }

    @Test
    void refusesACodeAlreadyUsed() {
        TestUser user = users.keyworker();
        browser().signIn(user);
        Browser second = passwordGiven(user);

        Browser.Page replayed = second.post("/login/code", "code", user.lastCode());

        assertThat(replayed.body()).contains("govuk-error-summary", "That code has been used already");
        assertThat(second.get("/account").location()).endsWith("/login");
        assertThat(second.post("/login/code", "code", user.code()).location())
                .as("the next code works")
                .contains("/account");
    }

    @Test
    void acceptsEachRecoveryCodeOnce() {
        TestUser user = users.keyworker();
        String recoveryCode = user.recoveryCodes().get(0);
        Browser first = passwordGiven(user);
        first.get("/login/recovery-code");

        assertThat(first.post("/login/recovery-code", "code", recoveryCode).location())
                .endsWith("/account");

        Browser second = passwordGiven(user);
        second.get("/login/recovery-code");
        Browser.Page again = second.post("/login/recovery-code", "code", recoveryCode);
        assertThat(again.body())
                .contains("govuk-error-summary", "Enter one of your recovery codes that you have not used before");
        assertThat(second.get("/account").location()).endsWith("/login");
    }

    @Test
    void answersAnUnknownUsernameAsAWrongPassword() {
        TestUser user = users.keyworker();
        Browser browser = browser();
        browser.get("/login");

        Browser.Page wrongPassword =
                browser.post("/login", "username", user.username(), "password", "not the password at all");
        Browser.Page unknown = browser.post("/login", "username", "nobody.here", "password", "not the password at all");

        assertThat(unknown.status()).isEqualTo(wrongPassword.status()).isEqualTo(302);
        assertThat(unknown.location()).isEqualTo(wrongPassword.location()).endsWith("/login?error");
        Browser.Page page = browser.get("/login?error");
        assertThat(page.body())
                .contains("govuk-error-summary", "Enter a correct username and password", "href=\"#username\"");
    }

    @Test
    void slowsDownFailuresThenLocksTheAccountEvenAgainstTheRightPassword() throws Exception {
        TestUser user = users.keyworker();
        Browser browser = browser();
        browser.get("/login");
        for (int failure = 1; failure <= 3; failure++) {
            browser.post("/login", "username", user.username(), "password", "wrong password " + failure);
        }

        Browser.Page tooSoon = browser.post("/login", "username", user.username(), "password", user.password());
        assertThat(tooSoon.location())
                .as("held back: the right password is not even compared")
                .endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Too many attempts. Wait");

        for (int failure = 4; failure <= 6; failure++) {
            Thread.sleep(1_100);
            browser.post("/login", "username", user.username(), "password", "wrong password " + failure);
        }
        Thread.sleep(1_100);
        Browser.Page locked = browser.post("/login", "username", user.username(), "password", user.password());
        assertThat(locked.location()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("signing in to this account is paused for 15 minutes");
    }

    @Test
    void locksAnUnknownUsernameTheSameWay() throws Exception {
        Browser browser = browser();
        browser.get("/login");
        for (int failure = 1; failure <= 6; failure++) {
            browser.post("/login", "username", "nobody.at.all", "password", "wrong password " + failure);
            Thread.sleep(1_100);
        }
        browser.post("/login", "username", "nobody.at.all", "password", "another");
        assertThat(browser.get("/login?error").body()).contains("signing in to this account is paused for 15 minutes");
    }

    private Browser passwordGiven(TestUser user) {
        Browser browser = browser();
        browser.get("/login");
        assertThat(browser.post("/login", "username", user.username(), "password", user.password())
                        .location())
                .endsWith("/login/code");
        browser.get("/login/code");
        return browser;
    }
}
