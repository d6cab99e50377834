package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** People and their chronology, as case-service lets the signed-in user see them. */
@Component
public class People {

    private final RestClient caseService;

    People(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** Registers a person and returns their id. */
    public String register(String givenNames, String familyName, LocalDate dateOfBirth) {
        return caseService
                .post()
                .uri("/api/people")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new NewPerson(givenNames, familyName, dateOfBirth))
                .retrieve()
                .body(Created.class)
                .id();
    }

    public void recordCaseNote(String personId, LocalDate occurredOn, String text) {
        caseService
                .post()
                .uri("/api/people/{personId}/case-notes", personId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new NewCaseNote(occurredOn, text))
                .retrieve()
                .toBodilessEntity();
    }

    public PersonChronology chronology(String personId) {
        return caseService
                .get()
                .uri("/api/people/{personId}/chronology", personId)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    private record NewPerson(String givenNames, String familyName, LocalDate dateOfBirth) {}

    private record NewCaseNote(LocalDate occurredOn, String text) {}

    private record Created(String id) {}
}
