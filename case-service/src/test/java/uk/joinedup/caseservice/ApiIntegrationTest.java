package uk.joinedup.caseservice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.infrastructure.axon.ProjectionCatchUp;
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
        properties = {
            "joinedup.mongo.in-memory=true",
            "joinedup.search.per-minute=10000",
            "joinedup.retention.review.cron=-"
        })
public abstract class ApiIntegrationTest {

    /**
     * The changes that decide on what the user saw of a family or a person: they carry the version the
     * user saw. Group 1 is the family's or person's id.
     */
    private static final Pattern DECIDES_ON_WHAT_WAS_SEEN = Pattern.compile("/api/(?:families/([^/]+)/(?:members"
            + "|members/[^/]+/departure|referrals/[^/]+/(?:acceptance|decline)|lead-professional"
            + "|lead-professional/handover|plan|closure|reopening|team|team/requests/[^/]+/(?:approval|decline)"
            + "|team/[^/]+/departure|transfers|transfers/[^/]+/acceptance)|people/([^/]+)/(?:death|corrections))");

    @LocalServerPort
    private int port;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private ProjectionCatchUp projections;

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

    /**
     * Posts JSON as the actor; the response whatever its status. A change that decides on what the user saw
     * is sent with the current version of the family or person, as a client that has just read it would send,
     * unless the body names an {@code expectedVersion} itself: tests about versions name theirs, or use
     * {@link #postAsIs}.
     */
    protected ResponseEntity<JsonNode> post(Actor actor, String path, Object body, Object... variables) {
        return postAsIs(actor, path, withCurrentVersion(path, body, variables), variables);
    }

    /** Posts JSON as the actor exactly as given; the response whatever its status. */
    protected ResponseEntity<JsonNode> postAsIs(Actor actor, String path, Object body, Object... variables) {
        return as(actor)
                .post()
                .uri(path, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** The version of a family or person as it is now: the sequence number of its last event. */
    protected long versionOf(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }

    /** Waits until every read model has caught up with the events stored so far (e.g. the demo's). */
    protected void awaitReadModels() {
        if (!projections.awaitHead(Duration.ofMinutes(1))) {
            throw new IllegalStateException("The read models did not catch up within a minute");
        }
    }

    /** The position of the last event stored, whatever its stream: unchanged by a refused request. */
    protected long eventStoreHead() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private Object withCurrentVersion(String path, Object body, Object... variables) {
        if (!(body instanceof Map<?, ?> fields) || fields.containsKey("expectedVersion")) {
            return body;
        }
        String expanded = new DefaultUriBuilderFactory().expand(path, variables).getPath();
        Matcher decision = DECIDES_ON_WHAT_WAS_SEEN.matcher(expanded);
        if (!decision.matches()) {
            return body;
        }
        String id = decision.group(1) != null ? decision.group(1) : decision.group(2);
        Map<Object, Object> versioned = new LinkedHashMap<>(fields);
        versioned.put("expectedVersion", versionOf(id));
        return versioned;
    }

    /** Gets JSON as the actor; the response whatever its status. */
    protected ResponseEntity<JsonNode> get(Actor actor, String path, Object... variables) {
        return as(actor).get().uri(path, variables).retrieve().toEntity(JsonNode.class);
    }

    /**
     * The values of {@code field} in the items of every page of a paged list (the store is shared, so a
     * list may hold other tests' items before a test's own).
     */
    protected List<String> allPages(Actor actor, String path, String field) {
        List<String> values = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            int number = page;
            JsonNode answer = as(actor)
                    .get()
                    .uri(uri -> uri.path(path).queryParam("page", "{page}").build(number))
                    .retrieve()
                    .body(JsonNode.class);
            pages = answer.get("totalPages").asInt();
            values.addAll(answer.get("items").findValuesAsText(field));
        }
        return values;
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

    /** Where the service listens: {@code http://127.0.0.1:port}. */
    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A client that sends no token. */
    protected RestClient anonymous() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }
}
