package uk.joinedup.identity.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authorization code flow with PKCE, as web-ui runs it, against the real identity-service: a demo
 * keyworker signs in on the sign-in page and the access token names them, their agency and their roles.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "joinedup.mongo.in-memory=true",
            "joinedup.demo-data=true",
            "joinedup.identity.web-client-secret=test-secret",
            "joinedup.identity.web-ui-url=http://web-ui.test"
        })
class TokenClaimsIT {

    private static final String REDIRECT = "http://web-ui.test/login/oauth2/code/joinedup";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void issuesAnAccessTokenNamingTheUserTheirAgencyAndRoles() throws Exception {
        String verifier = "a-code-verifier-that-is-long-enough-to-be-valid-0123456789";
        String code = signInAndGetCode("jo.carter", "joined-up-demo", challenge(verifier));

        JsonNode tokens = redeem(code, verifier);
        JsonNode access = claims(tokens.get("access_token").asText());

        assertThat(access.get("sub").asText()).isEqualTo("jo.carter");
        assertThat(access.get("iss").asText()).isEqualTo("http://localhost:9000");
        assertThat(access.get("aud").toString()).contains("joinedup-web");
        assertThat(access.get("name").asText()).isEqualTo("Jo Carter");
        assertThat(access.get("agency").asText()).isEqualTo("southampton-probation");
        assertThat(access.get("agency_kind").asText()).isEqualTo("PROBATION");
        assertThat(access.get("agency_name").asText()).isEqualTo("Hampshire and Isle of Wight Probation");
        assertThat(access.get("roles")).extracting(JsonNode::asText).containsExactly("KEYWORKER");
        assertThat(claims(tokens.get("id_token").asText()).get("agency_name").asText())
                .isEqualTo("Hampshire and Isle of Wight Probation");
    }

    @Test
    void refusesToRedeemACodeWithoutItsProofKey() throws Exception {
        String verifier = "another-code-verifier-that-is-long-enough-0123456789abcdef";
        String code = signInAndGetCode("sam.patel", "joined-up-demo", challenge(verifier));

        HttpResponse<String> response = post(
                "/oauth2/token",
                form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        REDIRECT,
                        "code_verifier",
                        "the-wrong-verifier-0123456789-0123456789-0123456789"),
                true);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant");
    }

    @Test
    void sendsAWrongPasswordBackToTheSignInPageWithAnError() throws Exception {
        HttpResponse<String> signIn = get("/login");
        HttpResponse<String> refused = post(
                "/login", form("username", "jo.carter", "password", "not-it", "_csrf", csrf(signIn.body())), false);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(get("/login?error").body()).contains("Enter a correct username and password");
    }

    private String signInAndGetCode(String username, String password, String challenge) throws Exception {
        HttpResponse<String> toSignIn = get("/oauth2/authorize?"
                + form(
                        "response_type", "code",
                        "client_id", "joinedup-web",
                        "scope", "openid profile",
                        "redirect_uri", REDIRECT,
                        "state", "state-1",
                        "code_challenge", challenge,
                        "code_challenge_method", "S256"));
        assertThat(toSignIn.statusCode()).isEqualTo(302);
        HttpResponse<String> signIn = get("/login");
        HttpResponse<String> signedIn =
                post("/login", form("username", username, "password", password, "_csrf", csrf(signIn.body())), false);
        String continueAt = signedIn.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> toClient = browser.send(
                HttpRequest.newBuilder(URI.create(continueAt)).build(), HttpResponse.BodyHandlers.ofString());
        String callback = toClient.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(REDIRECT).contains("state=state-1");
        Matcher code = Pattern.compile("code=([^&]+)").matcher(callback);
        assertThat(code.find()).isTrue();
        return java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    private JsonNode redeem(String code, String verifier) throws Exception {
        HttpResponse<String> response = post(
                "/oauth2/token",
                form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        REDIRECT,
                        "code_verifier",
                        verifier),
                true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode claims(String jwt) throws Exception {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, boolean asClient) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (asClient) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString("joinedup-web:test-secret".getBytes(StandardCharsets.UTF_8)));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the sign-in page").isTrue();
        return matcher.group(1);
    }

    private static String form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
