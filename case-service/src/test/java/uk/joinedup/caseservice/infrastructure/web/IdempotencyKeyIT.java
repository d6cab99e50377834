package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;

/**
 * A retried create carrying the same Idempotency-Key is answered as the first was and stores nothing more;
 * the key with another request is refused; two copies racing execute once; keys are per user.
 */
class IdempotencyKeyIT extends ApiIntegrationTest {

    private static final Map<String, Object> WALKERS = Map.of("name", "Walker family");

    @Test
    void aRetryWithTheSameKeyIsAnsweredAsTheFirstWithoutDoingItAgain() {
        long before = eventStoreHead();
        ResponseEntity<JsonNode> first = postWithKey(earlyHelpKeyworker(), "key-1", WALKERS);
        long afterFirst = eventStoreHead();
        ResponseEntity<JsonNode> retry = postWithKey(earlyHelpKeyworker(), "key-1", WALKERS);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(afterFirst).isGreaterThan(before);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getLocation())
                .isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(eventStoreHead()).as("nothing stored by the retry").isEqualTo(afterFirst);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        postWithKey(earlyHelpKeyworker(), "key-2", WALKERS);
        long head = eventStoreHead();

        ResponseEntity<JsonNode> reused = postWithKey(earlyHelpKeyworker(), "key-2", Map.of("name", "Smith family"));

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().get("code").asText()).isEqualTo("idempotency-key-reused");
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void aRefusalIsKeptAndGivenAgainToo() {
        ResponseEntity<JsonNode> invalid = postWithKey(earlyHelpKeyworker(), "key-3", Map.of("name", " "));
        ResponseEntity<JsonNode> again = postWithKey(earlyHelpKeyworker(), "key-3", Map.of("name", " "));

        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).isEqualTo(invalid.getBody());
    }

    @Test
    void keysArePerUser() {
        ResponseEntity<JsonNode> mine = postWithKey(earlyHelpKeyworker(), "shared-key", WALKERS);
        ResponseEntity<JsonNode> theirs = postWithKey(housingOfficer(), "shared-key", WALKERS);

        assertThat(theirs.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(theirs.getBody().get("id")).isNotEqualTo(mine.getBody().get("id"));
    }

    @Test
    void copiesRacingWithOneKeyAreCarriedOutOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = "race-" + round;
            long before = eventStoreHead();
            CyclicBarrier together = new CyclicBarrier(4);
            List<CompletableFuture<ResponseEntity<JsonNode>>> copies = new ArrayList<>();
            for (int copy = 0; copy < 4; copy++) {
                copies.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return postWithKey(earlyHelpKeyworker(), key, WALKERS);
                }));
            }
            List<String> ids = new ArrayList<>();
            for (CompletableFuture<ResponseEntity<JsonNode>> copy : copies) {
                ResponseEntity<JsonNode> answer = copy.get();
                assertThat(answer.getStatusCode().value()).as("round " + round).isIn(201, 409);
                if (answer.getStatusCode().value() == 201) {
                    ids.add(answer.getBody().get("id").asText());
                }
            }
            assertThat(ids)
                    .as("every 201 names the one family created")
                    .isNotEmpty()
                    .containsOnly(ids.get(0));
            assertThat(eventStoreHead()).as("one family registered: one event").isEqualTo(before + 1);
        }
    }

    @Test
    void aKeyThatIsNotPlainTextIsInvalid() {
        ResponseEntity<JsonNode> response = postWithKey(earlyHelpKeyworker(), "x".repeat(101), WALKERS);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<JsonNode> postWithKey(Actor actor, String key, Object body) {
        return as(actor)
                .post()
                .uri("/api/families")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
