package uk.joinedup.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.support.BackChannelReceiver;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;
import uk.joinedup.identity.support.OAuthClient;
import uk.joinedup.identity.support.TestUser;

/** What an administrator does to a user, over the real pages, and what it does to the user at once. */
class UserAdministrationIT extends IdentityServiceIT {

    @Test
    void refusesAnInvalidUserWithTheReasonsAndStoresNothing() {
        Browser admin = signedInAdmin("southampton-jobcentre", Role.AGENCY_ADMIN);
        admin.get("/admin/users/new");

        Browser.Page refused = admin.post(
                "/admin/users/new",
                "username",
                "Not A Username!",
                "displayName",
                "",
                "agencyId",
                "southampton-jobcentre",
                "teamId",
                "probation-southampton");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "href=\"#username\"",
                        "Enter a username of 2 to 64 lower-case letters",
                        "Enter the user&#39;s name",
                        "Choose a team of the user&#39;s agency",
                        "Select at least one role");
        assertThat(admin.get("/admin/users/not%20a%20username!").status()).isEqualTo(404);
        assertThat(admin.get("/admin/users").body()).doesNotContain("Not A Username");
    }

    @Test
    void letsOnlyASystemAdministratorMakeASystemAdministrator() {
        Browser admin = signedInAdmin("southampton-jobcentre", Role.AGENCY_ADMIN);
        admin.get("/admin/users/new");
        assertThat(admin.get("/admin/users/new").body()).doesNotContain("value=\"SYSTEM_ADMIN\"");

        Browser.Page refused = admin.post(
                "/admin/users/new",
                "username",
                "would.be.root",
                "displayName",
                "Would Be",
                "agencyId",
                "southampton-jobcentre",
                "roles",
                "SYSTEM_ADMIN");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Only a system administrator can make someone a system administrator");
    }

    @Test
    void givesAUserSeveralRolesAndRecordsTheChange() {
        Browser admin = signedInAdmin("southampton-jobcentre", Role.AGENCY_ADMIN);
        TestUser user = users.create("southampton-jobcentre", Role.KEYWORKER);
        admin.get("/admin/users/" + user.username() + "/edit");

        Browser.Page saved = admin.post(
                "/admin/users/" + user.username() + "/edit",
                "displayName",
                "Renamed Person",
                "job",
                "Work coach",
                "agencyId",
                "southampton-jobcentre",
                "teamId",
                "jobcentre-southampton",
                "roles",
                "KEYWORKER",
                "roles",
                "TEAM_MANAGER");

        assertThat(saved.location()).endsWith("/admin/users/" + user.username());
        assertThat(admin.get("/admin/users/" + user.username()).body())
                .contains("Renamed Person", "Keyworker", "Team manager");
        assertThat(admin.get("/admin/audit?type=ROLES_ASSIGNED&user=" + user.username())
                        .body())
                .contains("[KEYWORKER] to [KEYWORKER, TEAM_MANAGER]");
        assertThat(client().signIn(browser(), user).access())
                .satisfies(token -> assertThat(uk.joinedup.identity.support.Jwts.claims(token)
                                .path("roles")
                                .toString())
                        .isEqualTo("[\"KEYWORKER\",\"TEAM_MANAGER\"]"));
    }

    @Test
    void deactivatingAUserEndsTheirSessionsAndRefreshTokensAtOnceAndRefusesTheirSignIn() throws Exception {
        Browser admin = signedInAdmin("southampton-jobcentre", Role.AGENCY_ADMIN);
        TestUser user = users.create("southampton-jobcentre", Role.KEYWORKER);
        Browser userBrowser = browser();
        OAuthClient.Tokens tokens = client().signIn(userBrowser, user);

        admin.get("/admin/users/" + user.username());
        Browser.Page deactivated = admin.post("/admin/users/" + user.username() + "/deactivate");

        assertThat(deactivated.location()).endsWith("?deactivated");
        assertThat(client().refresh(tokens.refresh()).status()).isEqualTo(400);
        assertThat(userBrowser.get("/account").location()).endsWith("/login");
        assertThat(BackChannelReceiver.await(
                        claims -> user.username().equals(claims.path("sub").asText())))
                .isPresent();
        Browser again = browser();
        again.get("/login");
        assertThat(again.post("/login", "username", user.username(), "password", user.password())
                        .location())
                .endsWith("/login?error");
        assertThat(admin.get("/admin/users/" + user.username()).body()).contains("Deactivated");
    }

    @Test
    void unlocksALockedAccount() throws Exception {
        Browser admin = signedInAdmin("southampton-jobcentre", Role.AGENCY_ADMIN);
        TestUser user = users.create("southampton-jobcentre", Role.KEYWORKER);
        Browser attacker = browser();
        attacker.get("/login");
        for (int failure = 1; failure <= 6; failure++) {
            attacker.post("/login", "username", user.username(), "password", "guess " + failure);
            Thread.sleep(1_100);
        }
        assertThat(admin.get("/admin/users/" + user.username()).body()).contains(">Locked<", "Account locked");

        Browser.Page unlocked = admin.post("/admin/users/" + user.username() + "/unlock");

        assertThat(unlocked.location()).endsWith("?unlocked");
        Browser.Page signedIn = browser().signIn(user);
        assertThat(signedIn.location()).endsWith("/account");
        assertThat(admin.get("/admin/audit?user=" + user.username()).body())
                .contains("Account unlocked", "Account locked", "Wrong password");
    }

    @Test
    void showsAUsersRecentSignIns() {
        Browser admin = signedInAdmin("southampton-jobcentre", Role.AGENCY_ADMIN);
        TestUser user = users.create("southampton-jobcentre", Role.KEYWORKER);
        Browser browser = browser();
        browser.get("/login");
        browser.post("/login", "username", user.username(), "password", "not the password");
        browser().signIn(user);

        String page = admin.get("/admin/users/" + user.username()).body();

        assertThat(page).contains("Recent sign-ins", "Signed in", "Wrong password", "127.0.0.1");
    }

    private Browser signedInAdmin(String agencyId, Role role) {
        Browser admin = browser();
        admin.signIn(users.create(agencyId, role));
        return admin;
    }
}
