package uk.joinedup.webui.scale;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Predicate;
import uk.joinedup.webui.endtoend.RunningSystem;

/**
 * Signs demo users in as a person would, on identity-service's pages: password, then a code from their
 * authenticator. {@link #toWebUi} leaves a browser signed in to web-ui (its own OpenID Connect sign-in);
 * {@link #forApiTokens} runs the authorization code flow with PKCE as web-ui's client and redeems the code
 * for tokens that case-service's API takes.
 */
final class SignIn {

    static final String WEB_CLIENT_ID = "joinedup-web";
    private static final String SCOPES = "openid profile case-service";
    private static final SecureRandom random = new SecureRandom();

    private final RunningSystem system;
    private final DemoAuthenticator authenticator = new DemoAuthenticator();

    SignIn(RunningSystem system) {
        this.system = system;
    }

    /** A browser signed in to web-ui as {@code username}. */
    Browser toWebUi(String username) throws IOException, InterruptedException {
        Browser browser = new Browser();
        HttpResponse<String> signInPage = browser.get(system.webUrl() + "/oauth2/authorization/joinedup");
        HttpResponse<String> home = signIn(browser, signInPage, username, location -> false);
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(system.webUrl())) {
            throw new IllegalStateException(
                    username + " did not reach web-ui: " + home.uri() + " " + home.statusCode());
        }
        return browser;
    }

    /** Tokens for case-service's API, through the authorization code flow with PKCE. */
    ApiTokens forApiTokens(String username) throws IOException, InterruptedException {
        String redirectUri = system.webUrl() + "/login/oauth2/code/joinedup";
        String verifier = randomToken();
        String state = randomToken();
        String authorize = system.identityUrl() + "/oauth2/authorize?response_type=code"
                + "&client_id=" + WEB_CLIENT_ID
                + "&redirect_uri=" + Browser.encode(redirectUri)
                + "&scope=" + Browser.encode(SCOPES)
                + "&state=" + state
                + "&nonce=" + randomToken()
                + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256";
        Browser browser = new Browser();
        HttpResponse<String> signInPage = browser.get(authorize);
        HttpResponse<String> redirect =
                signIn(browser, signInPage, username, location -> location.startsWith(redirectUri));
        URI back =
                redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
        String code = parameter(back, "code");
        if (code == null || !state.equals(parameter(back, "state"))) {
            throw new IllegalStateException("No authorization code for " + username + ": " + back);
        }
        return ApiTokens.redeem(system.identityUrl(), code, redirectUri, verifier);
    }

    private HttpResponse<String> signIn(
            Browser browser, HttpResponse<String> signInPage, String username, Predicate<String> stopAt)
            throws IOException, InterruptedException {
        if (!signInPage.uri().toString().startsWith(system.identityUrl() + "/login")) {
            throw new IllegalStateException("Expected identity-service's sign-in page, got " + signInPage.uri());
        }
        HttpResponse<String> codePage = browser.post(
                system.identityUrl() + "/login",
                signInPage,
                stopAt,
                "username",
                username,
                "password",
                RunningSystem.DEMO_PASSWORD);
        if (!codePage.uri().toString().equals(system.identityUrl() + "/login/code")) {
            throw new IllegalStateException(username + "'s password was refused: " + codePage.uri());
        }
        return browser.post(
                system.identityUrl() + "/login/code", codePage, stopAt, "code", authenticator.next(username));
    }

    private static String parameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
