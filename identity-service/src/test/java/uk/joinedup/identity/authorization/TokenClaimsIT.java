package uk.joinedup.identity.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;
import uk.joinedup.identity.support.Jwts;
import uk.joinedup.identity.support.OAuthClient;
import uk.joinedup.identity.support.TestUser;

/**
 * The authorization code flow with PKCE, as web-ui runs it, against the real identity-service: access
 * tokens are typed {@code at+jwt}, carry the {@code case-service} scope and say who, which agency and
 * team and which roles; ID tokens say who and nothing about what they may do; userinfo says the rest.
 */
class TokenClaimsIT extends IdentityServiceIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void issuesATypedShortLivedAccessTokenWithScopeAgencyTeamAndRoles() {
        TestUser manager = users.create("southampton-probation", Role.KEYWORKER, Role.TEAM_MANAGER);

        OAuthClient.Tokens tokens = client().signIn(browser(), manager);

        assertThat(tokens.status()).as(tokens.body().toString()).isEqualTo(200);
        assertThat(Jwts.header(tokens.access()).path("typ").asText()).isEqualTo("at+jwt");
        JsonNode access = Jwts.claims(tokens.access());
        assertThat(access.path("sub").asText()).isEqualTo(manager.username());
        assertThat(access.path("iss").asText()).isEqualTo("http://localhost:9000");
        assertThat(access.path("aud").toString()).contains("joinedup-web");
        assertThat(access.path("scope").toString()).contains("case-service");
        assertThat(access.path("agency").asText()).isEqualTo("southampton-probation");
        assertThat(access.path("team").asText()).isEqualTo("probation-southampton");
        assertThat(access.path("roles")).extracting(JsonNode::asText).containsExactly("KEYWORKER", "TEAM_MANAGER");
        assertThat(access.path("exp").asLong() - access.path("iat").asLong()).isLessThanOrEqualTo(300);
    }

    @Test
    void keepsAuthorisationClaimsOutOfIdTokensAndGivesThemAtUserInfo() throws Exception {
        TestUser keyworker = users.create("hampshire-police", Role.KEYWORKER);

        OAuthClient.Tokens tokens = client().signIn(browser(), keyworker);

        JsonNode id = Jwts.claims(tokens.id());
        assertThat(Jwts.header(tokens.id()).path("typ").asText("JWT")).isNotEqualTo("at+jwt");
        assertThat(id.path("sub").asText()).isEqualTo(keyworker.username());
        assertThat(id.path("sid").asText()).isNotBlank();
        assertThat(id.has("scope")).isFalse();
        assertThat(id.has("agency")).isFalse();
        assertThat(id.has("agency_name")).isFalse();
        assertThat(id.has("team")).isFalse();
        assertThat(id.has("roles")).isFalse();

        HttpResponse<String> userInfo = client().userInfo(tokens.access());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        JsonNode info = json.readTree(userInfo.body());
        assertThat(info.path("sub").asText()).isEqualTo(keyworker.username());
        assertThat(info.path("agency").asText()).isEqualTo("hampshire-police");
        assertThat(info.path("agency_name").asText()).isEqualTo("Hampshire and Isle of Wight Constabulary");
        assertThat(info.path("team").asText()).isEqualTo("police-neighbourhood-central");
        assertThat(info.path("roles")).extracting(JsonNode::asText).containsExactly("KEYWORKER");
    }

    @Test
    void rotatesRefreshTokensAndRefusesAUsedOne() {
        TestUser keyworker = users.keyworker();
        OAuthClient.Tokens first = client().signIn(browser(), keyworker);

        OAuthClient.Tokens second = client().refresh(first.refresh());
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.refresh()).isNotEqualTo(first.refresh());
        assertThat(Jwts.claims(second.access()).path("roles"))
                .extracting(JsonNode::asText)
                .containsExactly("KEYWORKER");

        OAuthClient.Tokens replayed = client().refresh(first.refresh());
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.body().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void refusesToRedeemACodeWithoutItsProofKey() {
        Browser browser = browser();
        browser.get(client().authorizePath());
        Browser.Page callback = browser.get(browser.signIn(users.keyworker()).location());
        String code =
                URLDecoder.decode(callback.location().replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);

        OAuthClient.Tokens refused =
                client().redeemWithVerifier(code, "the-wrong-verifier-0123456789-0123456789-0123456789");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void namesTheSignInSessionOfTheBrowserThatAsked() {
        TestUser user = users.keyworker();
        Browser laptop = browser();
        String laptopSid =
                Jwts.claims(client().signIn(laptop, user).id()).path("sid").asText();
        Browser phone = browser();
        String phoneSid =
                Jwts.claims(client().signIn(phone, user).id()).path("sid").asText();

        OAuthClient.Tokens again = client().authorize(laptop);

        assertThat(phoneSid).isNotEqualTo(laptopSid);
        assertThat(Jwts.claims(again.id()).path("sid").asText()).isEqualTo(laptopSid);
        assertThat(Jwts.claims(again.access()).path("sid").asText()).isEqualTo(laptopSid);
    }

    @Test
    void refusesARealIdTokenWhereAnAccessTokenIsNeeded() throws Exception {
        OAuthClient.Tokens tokens = client().signIn(browser(), users.keyworker());

        assertThat(client().userInfo(tokens.id()).statusCode()).isEqualTo(401);
        assertThat(api(tokens.id()).statusCode()).isEqualTo(401);
        assertThat(api(tokens.access()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> api(String bearer) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/directory/agencies"))
                                .header("Authorization", "Bearer " + bearer)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
