package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** People: finding, registering and correcting them, and recording agency facts about them. */
@Component
public class People {

    private final RestClient caseService;

    People(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /**
     * One page of the people whose names match every word of {@code name} (exactly, as a start or by sound),
     * narrowed by date or year of birth and postcode; or the person with a national identifier. Any
     * argument may be null but the page.
     */
    public PeopleFound find(
            String name, LocalDate dateOfBirth, Integer yearOfBirth, String postcode, String identifier, int page) {
        return caseService
                .get()
                .uri(uri -> uri.path("/api/people")
                        .queryParamIfPresent("name", present(name))
                        .queryParamIfPresent("dateOfBirth", Optional.ofNullable(dateOfBirth))
                        .queryParamIfPresent("yearOfBirth", Optional.ofNullable(yearOfBirth))
                        .queryParamIfPresent("postcode", present(postcode))
                        .queryParamIfPresent("identifier", present(identifier))
                        .queryParam("page", page)
                        .build())
                .retrieve()
                .body(PeopleFound.class);
    }

    /** People already registered who may be the person about to be registered. */
    public List<PersonMatch> possibleDuplicates(PersonDetailsRequest person) {
        return caseService
                .post()
                .uri("/api/people/possible-duplicates")
                .contentType(MediaType.APPLICATION_JSON)
                .body(person)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    /**
     * What case-service finds wrong with these details, by field; empty when nothing is. Lets a form
     * show case-service's rules (identifier check digits and letters) beside its own checks at once.
     */
    public List<InvalidRequest.FieldProblem> problemsWith(PersonDetailsRequest person) {
        try {
            possibleDuplicates(person);
            return List.of();
        } catch (InvalidRequest invalid) {
            return invalid.problems();
        }
    }

    /** Registers a person and returns their id. */
    public String register(PersonDetailsRequest person) {
        return caseService
                .post()
                .uri("/api/people")
                .contentType(MediaType.APPLICATION_JSON)
                .body(person)
                .retrieve()
                .body(Created.class)
                .id();
    }

    public PersonView person(String personId, ChronologyQuery query) {
        return caseService
                .get()
                .uri(uri -> query.applyTo(uri.path("/api/people/{personId}")).build(personId))
                .retrieve()
                .body(PersonView.class);
    }

    /**
     * The person as now, with the page of one agency's entries that holds the entry: the first page, and
     * the following ones until the entry is found (the last page if it is on none).
     */
    public PersonView personWithEntry(String personId, String entryId, String agency) {
        ChronologyQuery query = new ChronologyQuery(null, agency, null);
        PersonView person = person(personId, query);
        int pages = person.chronology().pages();
        for (int page = 2; page <= pages && !holds(person, entryId); page++) {
            person = person(personId, query.page(page));
        }
        return person;
    }

    private static boolean holds(PersonView person, String entryId) {
        return person.entries().stream().anyMatch(entry -> entry.entryId().equals(entryId));
    }

    /** Corrects the details of the version of the record the user saw; a newer one is a conflict. */
    public void correct(String personId, long expectedVersion, PersonDetailsRequest details, String reason) {
        send("/api/people/{personId}/corrections", new Correction(expectedVersion, details, reason), personId);
    }

    /** Records a death on the version of the record the user saw; a newer one is a conflict. */
    public void recordDeath(String personId, long expectedVersion, LocalDate dateOfDeath) {
        send("/api/people/{personId}/death", new Death(expectedVersion, dateOfDeath), personId);
    }

    /**
     * Records an agency fact as the user's agency.
     *
     * @param fact the fact's fields by name, with its {@code type}
     */
    public void recordFact(String personId, LocalDate occurredOn, Map<String, Object> fact) {
        send("/api/people/{personId}/facts", new FactRequest(occurredOn, fact), personId);
    }

    public void correctFact(
            String personId, String factId, LocalDate occurredOn, Map<String, Object> fact, String reason) {
        send(
                "/api/people/{personId}/facts/{factId}/corrections",
                new FactCorrection(occurredOn, fact, reason),
                personId,
                factId);
    }

    public void retractFact(String personId, String factId, String reason) {
        send("/api/people/{personId}/facts/{factId}/retraction", Map.of("reason", reason), personId, factId);
    }

    private void send(String path, Object body, Object... variables) {
        caseService
                .post()
                .uri(path, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private record Correction(long expectedVersion, PersonDetailsRequest details, String reason) {}

    private record FactRequest(LocalDate occurredOn, Map<String, Object> fact) {}

    private record FactCorrection(LocalDate occurredOn, Map<String, Object> fact, String reason) {}

    private record Death(long expectedVersion, LocalDate dateOfDeath) {}

    private record Created(String id) {}
}
