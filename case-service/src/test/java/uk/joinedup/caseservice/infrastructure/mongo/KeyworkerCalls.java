package uk.joinedup.caseservice.infrastructure.mongo;

import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/** What the restart tests write through the API, as a probation keyworker, before they stop the service. */
final class KeyworkerCalls {

    private KeyworkerCalls() {}

    static RestClient api(int port) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.tokenFor(probationKeyworker()))
                .build();
    }

    /** Registers Sharon Price, born on {@code dateOfBirth}; returns her id. */
    static String registerSharonPrice(RestClient api, String dateOfBirth) {
        return api.post()
                .uri("/api/people")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("givenNames", "Sharon", "familyName", "Price", "dateOfBirth", dateOfBirth))
                .retrieve()
                .body(JsonNode.class)
                .get("id")
                .asText();
    }

    /** The person's record as the keyworker sees it; null unless answered 2xx. */
    static JsonNode readPerson(int port, String personId) {
        RestClient tolerant = api(port)
                .mutate()
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        var response =
                tolerant.get().uri("/api/people/{id}", personId).retrieve().toEntity(JsonNode.class);
        return response.getStatusCode().is2xxSuccessful() ? response.getBody() : null;
    }

    /** Records a fact about the person that happened on 2 November 2026. */
    static void recordFact(RestClient api, String personId, Map<String, Object> fact) {
        api.post()
                .uri("/api/people/{id}/facts", personId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("occurredOn", "2026-11-02", "fact", fact))
                .retrieve()
                .toBodilessEntity();
    }
}
