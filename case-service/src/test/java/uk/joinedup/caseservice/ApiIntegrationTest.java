package uk.joinedup.caseservice;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/**
 * Base of the API integration tests: the whole service on a random port, real security (tokens
 * signed by {@link TestIssuer} and verified against its JWK set over HTTP), the staff directory served
 * by {@link TestIssuer} over HTTP, the embedded MongoDB in memory. Each test class gets a fresh context
 * and so a fresh store. Tests register many people quickly, so the per-user search limit is raised here;
 * {@code IdentitySearchIT} tests the limit itself.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"joinedup.mongo.in-memory=true", "joinedup.search.per-minute=10000"})
public abstract class ApiIntegrationTest {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
    }

    /** A client that sends requests as the actor and never throws on an error status. */
    protected RestClient as(Actor actor) {
        return anonymous()
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.tokenFor(actor))
                .build();
    }

    /** Posts JSON as the actor; the response whatever its status. */
    protected ResponseEntity<JsonNode> post(Actor actor, String path, Object body, Object... variables) {
        return as(actor)
                .post()
                .uri(path, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** Gets JSON as the actor; the response whatever its status. */
    protected ResponseEntity<JsonNode> get(Actor actor, String path, Object... variables) {
        return as(actor).get().uri(path, variables).retrieve().toEntity(JsonNode.class);
    }

    /** Posts and expects success; returns the created id, if any. */
    protected String ok(Actor actor, String path, Object body, Object... variables) {
        ResponseEntity<JsonNode> response = post(actor, path, body, variables);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(path + " answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return response.getBody() != null && response.getBody().has("id")
                ? response.getBody().get("id").asText()
                : null;
    }

    /** A client that sends no token. */
    protected RestClient anonymous() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }
}
