package uk.joinedup.webui.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** case-service's API as one user: JSON with their bearer token; every POST with an Idempotency-Key. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String baseUrl;
    private final ApiTokens tokens;

    Api(String baseUrl, ApiTokens tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Posts JSON; retries once with the same key when the connection fails. Returns the response whatever
     * its status.
     */
    HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        String key = UUID.randomUUID().toString();
        HttpRequest.Builder post = request(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        try {
            return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException dropped) {
            return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Posts and expects 2xx; the created id, if the answer names one. */
    String ok(String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, body);
        if (response.statusCode() / 100 != 2) {
            throw new RefusedRequest(path, response.statusCode(), response.body());
        }
        if (response.body() == null || response.body().isBlank()) {
            return null;
        }
        return JSON.readTree(response.body()).path("id").asText(null);
    }

    /** The family's version as case-service shows it now. */
    long versionOf(String familyId) throws IOException, InterruptedException {
        HttpResponse<byte[]> family = get("/api/families/" + familyId + "?pageSize=0");
        JsonNode view = JSON.readTree(family.body());
        return view.path("version").asLong();
    }

    private HttpRequest.Builder request(String path) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.current())
                .header("Accept", "application/json");
    }

    /** case-service refused a request the loader expected it to take. */
    static final class RefusedRequest extends IllegalStateException {
        final int status;

        RefusedRequest(String path, int status, String body) {
            super("POST " + path + " answered " + status + ": " + body);
            this.status = status;
        }
    }
}
