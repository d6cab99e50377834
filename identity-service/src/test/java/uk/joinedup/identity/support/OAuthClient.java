package uk.joinedup.identity.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plays web-ui, the OIDC client: the authorization code flow with PKCE, token refresh, userinfo. */
public class OAuthClient {

    public static final String SECRET = "test-client-secret";
    public static final String WEB_UI = "http://web-ui.test";
    public static final String REDIRECT = WEB_UI + "/login/oauth2/code/joinedup";
    public static final String VERIFIER = "a-code-verifier-that-is-long-enough-to-be-valid-0123456789";

    /** A token response. */
    public record Tokens(int status, JsonNode body) {

        public String access() {
            return body.path("access_token").asText(null);
        }

        public String id() {
            return body.path("id_token").asText(null);
        }

        public String refresh() {
            return body.path("refresh_token").asText(null);
        }
    }

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    OAuthClient(int port) {
        this.port = port;
    }

    /** Starts the flow in the browser, signs the user in there, and redeems the code. */
    public Tokens signIn(Browser browser, TestUser user) {
        Browser.Page toSignIn = browser.get(authorizePath());
        if (!toSignIn.location().endsWith("/login")) {
            throw new AssertionError("expected the sign-in page, got " + toSignIn.location());
        }
        return redeem(codeFrom(browser, browser.signIn(user)));
    }

    /** The flow for a browser already signed in. */
    public Tokens authorize(Browser browser) {
        return redeem(codeFrom(browser, browser.get(authorizePath())));
    }

    public String authorizePath() {
        return "/oauth2/authorize?"
                + Browser.form(
                        "response_type", "code",
                        "client_id", "joinedup-web",
                        "scope", "openid profile case-service",
                        "redirect_uri", REDIRECT,
                        "state", "state-1",
                        "code_challenge", challenge(),
                        "code_challenge_method", "S256");
    }

    public Tokens redeem(String code) {
        return redeemWithVerifier(code, VERIFIER);
    }

    public Tokens redeemWithVerifier(String code, String verifier) {
        return token(Browser.form(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT,
                "code_verifier", verifier));
    }

    public Tokens refresh(String refreshToken) {
        return token(Browser.form("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    public HttpResponse<String> userInfo(String accessToken) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken)
                .build());
    }

    private Tokens token(String form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("joinedup-web:" + SECRET).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        try {
            return new Tokens(response.statusCode(), json.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows redirects up to the client's callback, and takes the code from it. */
    private static String codeFrom(Browser browser, Browser.Page page) {
        Browser.Page current = page;
        for (int hops = 0;
                hops < 5 && current.status() / 100 == 3 && !current.location().startsWith(REDIRECT);
                hops++) {
            current = browser.get(current.location());
        }
        if (current.status() / 100 != 3) {
            throw new AssertionError("expected a redirect to the client's callback, got " + current.status());
        }
        String location = current.location();
        if (!location.startsWith(REDIRECT)) {
            throw new AssertionError("expected the client's callback, got " + location);
        }
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!code.find()) {
            throw new AssertionError("no code in " + location);
        }
        return URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
