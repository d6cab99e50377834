package uk.joinedup.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.joinedup.identity.support.BackChannelReceiver;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;
import uk.joinedup.identity.support.Jwts;
import uk.joinedup.identity.support.OAuthClient;
import uk.joinedup.identity.support.TestUser;

/**
 * Signing out as web-ui does it (a POST to {@code /connect/logout} with the ID token in the body), and
 * from the user's own sessions page: the identity session ends, the refresh tokens of that sign-in stop
 * working at once, and web-ui is told over OIDC back-channel logout.
 */
class SignOutIT extends IdentityServiceIT {

    @Autowired
    SignInSessions sessions;

    @Test
    void signingOutThroughConnectLogoutEndsTheSessionAndItsRefreshTokensAndTellsWebUi() throws Exception {
        TestUser user = users.keyworker();
        Browser browser = browser();
        OAuthClient.Tokens tokens = client().signIn(browser, user);
        String sid = Jwts.claims(tokens.id()).path("sid").asText();

        Browser.Page signedOut = browser.post(
                "/connect/logout",
                "id_token_hint",
                tokens.id(),
                "post_logout_redirect_uri",
                OAuthClient.WEB_UI + "/signed-out",
                "client_id",
                "joinedup-web");

        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).isEqualTo(OAuthClient.WEB_UI + "/signed-out");
        assertThat(client().refresh(tokens.refresh()).status()).isEqualTo(400);
        assertThat(browser.get("/account").location()).endsWith("/login");
        JsonNode logout = BackChannelReceiver.await(
                        claims -> sid.equals(claims.path("sid").asText()))
                .orElseThrow(() -> new AssertionError("no back-channel logout for the session"));
        assertThat(logout.path("sub").asText()).isEqualTo(user.username());
        assertThat(logout.path("aud").toString()).contains("joinedup-web");
        assertThat(logout.path("events").has("http://schemas.openid.net/event/backchannel-logout"))
                .isTrue();
        assertThat(logout.has("nonce")).isFalse();
    }

    @Test
    void signsOutWithAnIdTokenIssuedBeforeARefresh() {
        TestUser user = users.keyworker();
        Browser browser = browser();
        OAuthClient.Tokens first = client().signIn(browser, user);
        OAuthClient.Tokens refreshed = client().refresh(first.refresh());
        assertThat(refreshed.status()).isEqualTo(200);

        Browser.Page signedOut = browser.post(
                "/connect/logout",
                "id_token_hint",
                first.id(),
                "post_logout_redirect_uri",
                OAuthClient.WEB_UI + "/signed-out");

        assertThat(signedOut.location()).isEqualTo(OAuthClient.WEB_UI + "/signed-out");
        assertThat(client().refresh(refreshed.refresh()).status()).isEqualTo(400);
    }

    @Test
    void endingOneSessionLeavesTheOthers() {
        TestUser user = users.keyworker();
        Browser laptop = browser();
        OAuthClient.Tokens laptopTokens = client().signIn(laptop, user);
        Browser phone = browser();
        OAuthClient.Tokens phoneTokens = client().signIn(phone, user);
        String phoneSid = Jwts.claims(phoneTokens.id()).path("sid").asText();

        Browser.Page sessions = laptop.get("/account/sessions");
        assertThat(sessions.status()).isEqualTo(200);
        assertThat(sessions.body()).contains("This session", phoneSid, "127.0.0.1", "Signed in", "Last active");
        Browser.Page ended = laptop.post("/account/sessions/end", "sid", phoneSid);

        assertThat(ended.location()).endsWith("/account/sessions?ended");
        assertThat(phone.get("/account").location()).endsWith("/login");
        assertThat(client().refresh(phoneTokens.refresh()).status()).isEqualTo(400);
        assertThat(laptop.get("/account").status()).isEqualTo(200);
        assertThat(client().refresh(laptopTokens.refresh()).status()).isEqualTo(200);
    }

    @Test
    void signingOutEverywhereEndsEverySessionAndRefreshToken() throws Exception {
        TestUser user = users.keyworker();
        Browser laptop = browser();
        OAuthClient.Tokens laptopTokens = client().signIn(laptop, user);
        Browser phone = browser();
        OAuthClient.Tokens phoneTokens = client().signIn(phone, user);

        laptop.get("/account/sessions");
        Browser.Page signedOut = laptop.post("/account/sessions/end-all");

        assertThat(signedOut.location()).endsWith("/login?logout");
        assertThat(laptop.get("/account").location()).endsWith("/login");
        assertThat(phone.get("/account").location()).endsWith("/login");
        assertThat(client().refresh(laptopTokens.refresh()).status()).isEqualTo(400);
        assertThat(client().refresh(phoneTokens.refresh()).status()).isEqualTo(400);
        assertThat(BackChannelReceiver.await(
                        claims -> user.username().equals(claims.path("sub").asText()) && !claims.has("sid")))
                .as("a back-channel logout of every web-ui session of the user")
                .isPresent();
    }

    @Test
    void refusesToEndSomeoneElsesSession() {
        TestUser user = users.keyworker();
        TestUser other = users.keyworker();
        Browser browser = browser();
        client().signIn(browser, user);
        OAuthClient.Tokens othersTokens = client().signIn(browser(), other);

        browser.get("/account/sessions");
        Browser.Page refused = browser.post(
                "/account/sessions/end",
                "sid",
                Jwts.claims(othersTokens.id()).path("sid").asText());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(client().refresh(othersTokens.refresh()).status()).isEqualTo(200);
    }

    @Test
    void aSessionEndedOnAnotherInstanceEndsHereAtItsNextRequest() {
        TestUser user = users.keyworker();
        Browser browser = browser();
        OAuthClient.Tokens tokens = client().signIn(browser, user);

        // what another instance does when the user ends this session there: the record, not the HTTP session
        sessions.ended(user.username(), Jwts.claims(tokens.id()).path("sid").asText());

        assertThat(browser.get(client().authorizePath()).location())
                .as("no new code for the ended session")
                .endsWith("/login");
        assertThat(browser.get("/account").location()).endsWith("/login");
    }

    @Test
    void signingOutHereEndsTheSignInEverywhereToo() {
        TestUser user = users.keyworker();
        Browser browser = browser();
        OAuthClient.Tokens tokens = client().signIn(browser, user);
        browser.get("/account");

        Browser.Page signedOut = browser.post("/logout");

        assertThat(signedOut.location()).endsWith("/login?logout");
        assertThat(browser.get("/account").location()).endsWith("/login");
        assertThat(client().refresh(tokens.refresh()).status()).isEqualTo(400);
    }
}
