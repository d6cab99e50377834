package uk.joinedup.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.invitation.LinkKind;
import uk.joinedup.identity.invitation.SignInLinks;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;
import uk.joinedup.identity.support.OAuthClient;
import uk.joinedup.identity.support.TestUser;

/**
 * Limits made short enough to reach in a test: five failures from one network address, across any
 * accounts, and the address is refused, though not in a browser its user signed in with before; links
 * that work for two seconds; sign-ins that last five seconds however active (the absolute timeout).
 */
@TestPropertySource(
        properties = {
            "joinedup.sign-in.address-failures=5",
            "joinedup.invitation.link-lifetime=2s",
            "joinedup.session.absolute-timeout=5s"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShortLimitsIT extends IdentityServiceIT {

    @Autowired
    SignInLinks links;

    @Test
    @Order(Integer.MAX_VALUE) // the address stays refused for the rest of the class
    void refusesAnAddressAfterTooManyFailuresButNotATrustedBrowser() {
        TestUser regular = users.keyworker();
        Browser trusted = browser();
        trusted.signIn(regular);
        TestUser victim = users.keyworker();

        Browser attacker = browser();
        attacker.get("/login");
        for (int failure = 1; failure <= 5; failure++) {
            attacker.post("/login", "username", "someone" + failure, "password", "guess");
        }

        Browser fresh = browser();
        fresh.get("/login");
        assertThat(fresh.post("/login", "username", victim.username(), "password", victim.password())
                        .location())
                .endsWith("/login?error");
        assertThat(fresh.get("/login?error").body()).contains("Too many failed attempts from your network");

        trusted.get("/login");
        assertThat(trusted.post("/login", "username", regular.username(), "password", regular.password())
                        .location())
                .as("a browser its user signed in with is not held back by the address")
                .endsWith("/login/code");
    }

    @Test
    void aLinkStopsWorkingWhenItExpires() throws Exception {
        TestUser user = users.create("southampton-housing", Role.KEYWORKER);
        String token = links.issue(user.username(), LinkKind.PASSWORD_RESET).token();
        assertThat(browser().get("/invitation/" + token).status()).isEqualTo(200);

        Thread.sleep(2_500);

        assertThat(browser().get("/invitation/" + token).status()).isEqualTo(410);
    }

    @Test
    void endsASignInAtTheAbsoluteTimeoutHoweverActive() throws Exception {
        TestUser user = users.keyworker();
        Browser browser = browser();
        OAuthClient.Tokens tokens = client().signIn(browser, user);
        OAuthClient.Tokens refreshed = client().refresh(tokens.refresh());
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(browser.get("/account").status()).isEqualTo(200);

        Thread.sleep(5_500);

        assertThat(browser.get("/account").location()).endsWith("/login");
        assertThat(client().refresh(refreshed.refresh()).status()).isEqualTo(400);
    }
}
