package uk.joinedup.caseservice.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

class PersonApiIT extends ApiIntegrationTest {

    @Autowired
    private EventStorageEngine events;

    @Test
    void registersAPersonRecordsANoteAndReadsTheChronologyBack() {
        ResponseEntity<JsonNode> registered = as(probationKeyworker())
                .post()
                .uri("/api/people")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("givenNames", "Tony", "familyName", "Marsh", "dateOfBirth", "1988-03-14"))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String personId = registered.getBody().get("id").asText();
        assertThat(registered.getHeaders().getLocation()).hasToString("/api/people/" + personId);

        ResponseEntity<JsonNode> noted = as(probationKeyworker())
                .post()
                .uri("/api/people/{id}/case-notes", personId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("occurredOn", "2026-11-20", "text", "Released on licence; first appointment kept."))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(noted.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode chronology = as(probationKeyworker())
                .get()
                .uri("/api/people/{id}/chronology", personId)
                .retrieve()
                .body(JsonNode.class);
        assertThat(chronology.get("familyName").asText()).isEqualTo("Marsh");
        JsonNode entry = chronology.get("entries").get(0);
        assertThat(entry.get("kind").asText()).isEqualTo("CASE_NOTE");
        assertThat(entry.get("text").asText()).isEqualTo("Released on licence; first appointment kept.");
        assertThat(entry.get("occurredOn").asText()).isEqualTo("2026-11-20");
        assertThat(entry.get("owningAgency").asText()).isEqualTo("southampton-probation");
        assertThat(entry.get("recordedBy").asText()).isEqualTo("Pat Probation");
    }

    @Test
    void refusesRequestsWithoutAToken() {
        assertThat(anonymous()
                        .post()
                        .uri("/api/people")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("givenNames", "Tony", "familyName", "Marsh", "dateOfBirth", "1988-03-14"))
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous()
                        .get()
                        .uri("/api/people/{id}/chronology", "anyone")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertThat(anonymous()
                        .get()
                        .uri("/api/people/{id}/chronology", "anyone")
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                "Bearer " + TestIssuer.tokenFromAnotherIssuer(probationKeyworker()))
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void answersAMalformedRegistrationWithFieldMessagesAndStoresNothing() {
        long eventsBefore = eventCount();

        ResponseEntity<JsonNode> response = as(probationKeyworker())
                .post()
                .uri("/api/people")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("givenNames", " ", "dateOfBirth", "2999-01-01"))
                .retrieve()
                .toEntity(JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldsIn(response.getBody())).containsExactlyInAnyOrder("givenNames", "familyName", "dateOfBirth");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void answersAnUnknownPersonWithNotFound() {
        ResponseEntity<JsonNode> response = as(probationKeyworker())
                .post()
                .uri("/api/people/{id}/case-notes", "no-such-person")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("occurredOn", "2026-11-20", "text", "A note"))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static List<String> fieldsIn(JsonNode problem) {
        return problem.get("errors").findValuesAsText("field");
    }

    private long eventCount() {
        return events.readEvents(null, false).count();
    }
}
