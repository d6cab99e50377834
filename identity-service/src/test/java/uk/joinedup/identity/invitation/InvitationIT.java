package uk.joinedup.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;
import uk.joinedup.identity.support.TestUser;

/**
 * An administrator adds a user and gives them the invitation link; the user chooses a password, sets up
 * an authenticator app, sees ten recovery codes once, and signs in. A link works once; a password reset
 * link works the same way without a new authenticator.
 */
class InvitationIT extends IdentityServiceIT {

    private static final Pattern LINK = Pattern.compile("id=\"link\">(http[^<]+)<");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");

    @Test
    void invitesAUserWhoSetsAPasswordAndAnAuthenticatorThenSignsIn() {
        TestUser admin = users.create("southampton-housing", Role.AGENCY_ADMIN);
        String link = createUser(admin, "robin.invited");
        assertThat(link).startsWith("http://localhost:9000/invitation/");
        String path = path(link);

        Browser newcomer = browser();
        Browser.Page passwordPage = newcomer.get(path);
        assertThat(passwordPage.status()).isEqualTo(200);
        assertThat(passwordPage.body())
                .contains("id=\"password\"", "name=\"password\"", "id=\"confirmPassword\"", "robin.invited");

        Browser.Page tooShort = newcomer.post(path, "password", "too short", "confirmPassword", "too short");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("govuk-error-summary", "Enter a password of at least 12 characters");
        Browser.Page common = newcomer.post(path, "password", "password1234", "confirmPassword", "password1234");
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.body()).contains("on a list of common or breached passwords");

        String password = "kettle orbit lantern meadow";
        Browser.Page set = newcomer.post(path, "password", password, "confirmPassword", password);
        assertThat(set.location()).endsWith("/invitation/authenticator");
        Browser.Page enrolment = newcomer.get("/invitation/authenticator");
        assertThat(enrolment.body()).contains("qr-code.png", "id=\"code\"");
        Browser.Page qr = newcomer.get("/invitation/authenticator/qr-code.png");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
        Matcher secretText = SECRET.matcher(enrolment.body());
        assertThat(secretText.find()).as("the secret for manual entry").isTrue();
        String secret = secretText.group(1).replace(" ", "");

        Browser.Page wrongCode = newcomer.post("/invitation/authenticator", "code", "12345");
        assertThat(wrongCode.status()).isEqualTo(400);
        Browser.Page enrolled =
                newcomer.post("/invitation/authenticator", "code", TestUser.codeAt(secret, TestUser.step()));
        assertThat(enrolled.location()).endsWith("/invitation/recovery-codes");
        Browser.Page codes = newcomer.get("/invitation/recovery-codes");
        assertThat(Pattern.compile("<li>[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}</li>")
                        .matcher(codes.body())
                        .results()
                        .count())
                .isEqualTo(10);
        assertThat(newcomer.get("/invitation/recovery-codes").location())
                .as("shown once")
                .endsWith("/login");

        newcomer.get("/login");
        assertThat(newcomer.post("/login", "username", "robin.invited", "password", password)
                        .location())
                .endsWith("/login/code");
        newcomer.get("/login/code");
        assertThat(newcomer.post("/login/code", "code", TestUser.codeAt(secret, TestUser.step() + 1))
                        .location())
                .endsWith("/account");
    }

    @Test
    void aLinkWorksOnce() {
        TestUser admin = users.create("southampton-housing", Role.AGENCY_ADMIN);
        String path = path(createUser(admin, "robin.once"));
        Browser first = browser();
        first.get(path);
        Browser second = browser();
        second.get(path);

        assertThat(first.post(path, "password", "first long password", "confirmPassword", "first long password")
                        .location())
                .endsWith("/invitation/authenticator");
        Browser.Page gone =
                second.post(path, "password", "second long password", "confirmPassword", "second long password");

        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).contains("This link no longer works");
        assertThat(browser().get(path).status()).isEqualTo(410);
    }

    @Test
    void aNewLinkReplacesTheLastOne() {
        TestUser admin = users.create("southampton-housing", Role.AGENCY_ADMIN);
        Browser adminBrowser = browser();
        adminBrowser.signIn(admin);
        String first = linkFrom(adminBrowser, createUser(adminBrowser, "robin.twice"));
        adminBrowser.get("/admin/users/robin.twice");
        String second = linkFrom(adminBrowser, adminBrowser.post("/admin/users/robin.twice/invitation"));

        assertThat(browser().get(path(first)).status()).isEqualTo(410);
        assertThat(browser().get(path(second)).status()).isEqualTo(200);
    }

    @Test
    void aPasswordResetLinkSetsANewPasswordAndKeepsTheAuthenticator() {
        TestUser admin = users.create("southampton-education", Role.AGENCY_ADMIN);
        TestUser user = users.create("southampton-education", Role.KEYWORKER);
        Browser adminBrowser = browser();
        adminBrowser.signIn(admin);
        adminBrowser.get("/admin/users/" + user.username());
        String link = linkFrom(adminBrowser, adminBrowser.post("/admin/users/" + user.username() + "/password-reset"));

        Browser browser = browser();
        browser.get(path(link));
        Browser.Page set = browser.post(
                path(link), "password", "a brand new passphrase", "confirmPassword", "a brand new passphrase");

        assertThat(set.location()).endsWith("/login?passwordSet");
        browser.get("/login");
        assertThat(browser.post("/login", "username", user.username(), "password", user.password())
                        .location())
                .as("the old password")
                .endsWith("/login?error");
        assertThat(browser.post("/login", "username", user.username(), "password", "a brand new passphrase")
                        .location())
                .endsWith("/login/code");
        browser.get("/login/code");
        assertThat(browser.post("/login/code", "code", user.code()).location()).endsWith("/account");
    }

    private String createUser(TestUser admin, String username) {
        Browser adminBrowser = browser();
        adminBrowser.signIn(admin);
        return linkFrom(adminBrowser, createUser(adminBrowser, username));
    }

    /** As a housing administrator. */
    private static Browser.Page createUser(Browser adminBrowser, String username) {
        adminBrowser.get("/admin/users/new");
        Browser.Page created = adminBrowser.post(
                "/admin/users/new",
                "username",
                username,
                "displayName",
                "Robin Newcomer",
                "job",
                "Tenancy officer",
                "agencyId",
                "southampton-housing",
                "teamId",
                "housing-tenancy-support",
                "roles",
                "KEYWORKER");
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return created;
    }

    private static String linkFrom(Browser browser, Browser.Page redirect) {
        Browser.Page page = browser.get(redirect.location());
        Matcher link = LINK.matcher(page.body());
        assertThat(link.find()).as("the link shown to the administrator").isTrue();
        return link.group(1);
    }

    private static String path(String link) {
        return link.substring("http://localhost:9000".length());
    }
}
