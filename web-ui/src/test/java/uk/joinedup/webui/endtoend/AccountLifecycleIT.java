package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An account's life across the three services, over HTTP: an agency administrator invites a new
 * keyworker; the keyworker sets a password, enrols an authenticator app, and signs in to web-ui, which
 * goes on working past its access token's lifetime; tokens are refreshed (the refresh grant, as web-ui's
 * client, and the new access token reads case-service); they sign out everywhere from identity-service's "Your sessions" page, which ends their
 * web-ui session over the back channel, and the refresh token they held is refused by the token endpoint.
 */
@Execution(ExecutionMode.CONCURRENT) // mostly waits: runs beside the other browser tests
class AccountLifecycleIT {

    private static final String DEMO = RunningSystem.DEMO_PASSWORD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("id=\"link\">([^<]+)<");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([^<]+)<");
    private static final Pattern RECOVERY_CODES = Pattern.compile("id=\"recovery-codes\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li>[a-z0-9]{4}(-[a-z0-9]{4}){3}</li>");

    private static RunningSystem system;
    private final HttpClient api = HttpClient.newHttpClient();

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void invitationEnrolmentSignInRefreshAndSignOutEverywhere() throws Exception {
        String username = "casey." + KeyworkerJourneyBrowserIT.letters().toLowerCase();
        String password = "seven bridges " + KeyworkerJourneyBrowserIT.letters().toLowerCase() + " at dusk";

        // an agency administrator adds the keyworker and is shown their invitation link
        FormClient admin = new FormClient();
        HttpResponse<String> adminPages =
                admin.signIn(admin.get(system.identityUrl() + "/admin"), system.identityUrl(), "pat.khan", DEMO);
        assertThat(adminPages.uri().getPath()).isEqualTo("/admin");
        HttpResponse<String> newUser = admin.get(system.identityUrl() + "/admin/users/new");
        HttpResponse<String> added = admin.post(
                system.identityUrl() + "/admin/users/new",
                newUser,
                "username",
                username,
                "displayName",
                "Casey Flint",
                "job",
                "Probation practitioner",
                "agencyId",
                "southampton-probation",
                "teamId",
                "probation-southampton",
                "roles",
                "KEYWORKER");
        assertThat(added.uri().getPath()).isEqualTo("/admin/users/" + username);
        String invitation = group(LINK, added);

        // the keyworker chooses a password and enrols an authenticator app
        FormClient keyworker = new FormClient();
        HttpResponse<String> passwordPage = keyworker.get(invitation);
        HttpResponse<String> authenticatorPage = keyworker.post(
                invitation, passwordPage, "username", username, "password", password, "confirmPassword", password);
        assertThat(authenticatorPage.uri().getPath()).isEqualTo("/invitation/authenticator");
        AuthenticatorCodes.enrol(username, group(SECRET, authenticatorPage));
        HttpResponse<String> recoveryCodes = AuthenticatorCodes.submit(
                username,
                code -> keyworker.post(
                        system.identityUrl() + "/invitation/authenticator", authenticatorPage, "code", code));
        assertThat(recoveryCodes.uri().getPath()).isEqualTo("/invitation/recovery-codes");
        assertThat(RECOVERY_CODE
                        .matcher(group(RECOVERY_CODES, recoveryCodes))
                        .results()
                        .count())
                .isEqualTo(10);
        HttpResponse<String> invitationAgain = keyworker.get(invitation);
        assertThat(invitationAgain.statusCode()).as("the link works once").isEqualTo(410);

        // ... and signs in to web-ui with a code
        HttpResponse<String> caseload = keyworker.signIn(
                keyworker.get(system.webUrl() + "/oauth2/authorization/joinedup"),
                system.identityUrl(),
                username,
                password);
        assertThat(caseload.uri().getPath()).isEqualTo("/");
        assertThat(caseload.body()).contains("My caseload").contains("Casey Flint");

        // web-ui goes on working past its access token's lifetime: it refreshes the token (had the refresh
        // failed, web-ui would send the browser to sign in again rather than answer)
        Instant expired =
                Instant.now().plus(RunningSystem.ACCESS_TOKEN_LIFETIME).plusSeconds(2);
        while (Instant.now().isBefore(expired)) { // active (within the idle timeout) but using no token
            Thread.sleep(Math.min(
                    20_000, Math.max(0, Duration.between(Instant.now(), expired).toMillis())));
            assertThat(keyworker
                            .withoutRedirects()
                            .get(system.webUrl() + "/session/keep-alive")
                            .statusCode())
                    .isEqualTo(204);
        }
        HttpResponse<String> later = keyworker.withoutRedirects().get(system.webUrl() + "/");
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(later.body()).contains("My caseload");

        // as web-ui's client in the same identity-service session: tokens, then the refresh grant
        JsonNode tokens = authorizationCode(keyworker);
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder()
                .decode(tokens.path("access_token").asText().split("\\.")[1]));
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong())
                .as("access tokens live as long as the tests set, which web-ui's session outlived above")
                .isEqualTo(RunningSystem.ACCESS_TOKEN_LIFETIME.toSeconds());
        assertThat(caseService(tokens.path("access_token").asText())).isEqualTo(200);
        JsonNode refreshed = refresh(tokens.path("refresh_token").asText());
        assertThat(refreshed.path("access_token").asText())
                .isNotBlank()
                .isNotEqualTo(tokens.path("access_token").asText());
        assertThat(caseService(refreshed.path("access_token").asText())).isEqualTo(200);
        assertThat(caseService(tokens.path("id_token").asText()))
                .as("an ID token is no access token")
                .isEqualTo(401);

        // sign out everywhere: identity-service's session, web-ui's (back channel), the refresh token
        assertThat(keyworker
                        .withoutRedirects()
                        .get(system.webUrl() + "/session/keep-alive")
                        .statusCode())
                .as("signed in to web-ui")
                .isEqualTo(204);
        HttpResponse<String> sessions = keyworker.get(system.identityUrl() + "/account/sessions");
        assertThat(sessions.body()).contains("Sign out everywhere");
        HttpResponse<String> signedOut = keyworker.post(system.identityUrl() + "/account/sessions/end-all", sessions);
        assertThat(signedOut.uri().getPath()).isEqualTo("/login");
        assertThat(keyworker
                        .withoutRedirects()
                        .get(system.webUrl() + "/session/keep-alive")
                        .statusCode())
                .as("web-ui's session ended over the back channel")
                .isEqualTo(302);
        HttpResponse<String> refusal = tokenRequest("grant_type=refresh_token&refresh_token="
                + encode(refreshed.path("refresh_token").asText()));
        assertThat(refusal.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refusal.body()).path("error").asText()).isEqualTo("invalid_grant");
    }

    /** The authorization code flow with PKCE, as web-ui runs it, answered by the signed-in session. */
    private JsonNode authorizationCode(FormClient signedIn) throws Exception {
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirectUri = system.webUrl() + "/login/oauth2/code/joinedup";
        String authorize = UriComponentsBuilder.fromUriString(system.identityUrl() + "/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", "joinedup-web")
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", "openid profile case-service")
                .queryParam("state", "lifecycle")
                .queryParam("code_challenge", challenge)
                .queryParam("code_challenge_method", "S256")
                .encode()
                .build()
                .toUriString();
        HttpResponse<String> redirect = signedIn.withoutRedirects().get(authorize);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri + "?");
        String code = UriComponentsBuilder.fromUriString(location)
                .build()
                .getQueryParams()
                .getFirst("code");
        HttpResponse<String> answer = tokenRequest("grant_type=authorization_code&code=" + encode(code)
                + "&redirect_uri=" + encode(redirectUri) + "&code_verifier=" + encode(verifier));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private JsonNode refresh(String refreshToken) throws Exception {
        HttpResponse<String> answer = tokenRequest("grant_type=refresh_token&refresh_token=" + encode(refreshToken));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> tokenRequest(String form) throws Exception {
        String client = Base64.getEncoder()
                .encodeToString(("joinedup-web:" + RunningSystem.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        return api.send(
                HttpRequest.newBuilder(URI.create(system.identityUrl() + "/oauth2/token"))
                        .header("Authorization", "Basic " + client)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int caseService(String token) throws Exception {
        return api.send(
                        HttpRequest.newBuilder(URI.create(system.caseServiceUrl() + "/api/caseload"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String group(Pattern pattern, HttpResponse<String> page) {
        Matcher matcher = pattern.matcher(page.body());
        assertThat(matcher.find()).as(pattern + " on " + page.uri()).isTrue();
        return matcher.group(1).trim();
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return random;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
