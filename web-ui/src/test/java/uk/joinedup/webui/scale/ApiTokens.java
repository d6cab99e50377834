package uk.joinedup.webui.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import uk.joinedup.webui.endtoend.RunningSystem;

/**
 * A user's access token for case-service, refreshed with its refresh token a minute before it expires
 * (identity-service's access tokens live 5 minutes; each refresh hands out a new refresh token).
 */
final class ApiTokens {

    private static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);
    private static final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper json = new ObjectMapper();

    private final String tokenUrl;
    private String accessToken;
    private String refreshToken;
    private long expiresAtNanos;

    private ApiTokens(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    static ApiTokens redeem(String identityUrl, String code, String redirectUri, String verifier)
            throws IOException, InterruptedException {
        ApiTokens tokens = new ApiTokens(identityUrl + "/oauth2/token");
        tokens.take(tokens.tokenRequest("grant_type=authorization_code&code=" + Browser.encode(code)
                + "&redirect_uri=" + Browser.encode(redirectUri)
                + "&code_verifier=" + verifier));
        return tokens;
    }

    /** The access token, refreshed first when it expires within a minute. */
    synchronized String current() throws IOException, InterruptedException {
        if (System.nanoTime() > expiresAtNanos - REFRESH_AHEAD.toNanos()) {
            take(tokenRequest("grant_type=refresh_token&refresh_token=" + Browser.encode(refreshToken)));
        }
        return accessToken;
    }

    private JsonNode tokenRequest(String form) throws IOException, InterruptedException {
        String client = SignIn.WEB_CLIENT_ID + ":" + RunningSystem.CLIENT_SECRET;
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The token endpoint answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private void take(JsonNode tokens) {
        accessToken = tokens.path("access_token").asText();
        refreshToken = tokens.path("refresh_token").asText();
        expiresAtNanos = System.nanoTime()
                + Duration.ofSeconds(tokens.path("expires_in").asLong(300)).toNanos();
    }
}
