package uk.joinedup.caseservice.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * Searching people through real HTTP: any part of a name, misspelt names by sound, names corrected away,
 * date and year of birth, postcodes, identity only, fifty a page, and field messages for searches that
 * cannot be made.
 */
class PersonSearchApiIT extends ApiIntegrationTest {

    @Test
    void findsPeopleByAnyPartOfTheirNameBestMatchesFirst() {
        String smith = register("Xanthe", "Smith", "1985-04-01", null);
        String smyth = register("Xanthe", "Smyth", "1986-04-01", null);
        String xanthea = register("Xanthea", "Smyth", "1986-05-01", null);

        JsonNode found =
                get(housingOfficer(), "/api/people?name={n}", "smyth xanthe").getBody();

        assertThat(found.get("results").findValuesAsText("personId")).containsExactly(smyth, xanthea, smith);
        assertThat(found.get("results").findValuesAsText("reason"))
                .containsExactly("NAME", "NAME_STARTS_WITH", "NAME_SOUNDS_LIKE");
        assertThat(found.get("results").get(0).fieldNames())
                .toIterable()
                .as("identity only")
                .containsExactlyInAnyOrder("personId", "givenNames", "familyName", "dateOfBirth", "reason");
        assertThat(found.get("page").asInt()).isEqualTo(1);
        assertThat(found.get("totalResults").asInt()).isEqualTo(3);
        assertThat(found.get("totalPages").asInt()).isEqualTo(1);

        assertThat(get(housingOfficer(), "/api/people?name={n}&yearOfBirth=1986", "xanthe")
                        .getBody()
                        .get("results")
                        .findValuesAsText("personId"))
                .containsExactlyInAnyOrder(smyth, xanthea);
        assertThat(get(housingOfficer(), "/api/people?familyName={f}&givenNames={g}", "smith", "xanth")
                        .getBody()
                        .get("results")
                        .findValuesAsText("personId"))
                .as("the older parameters still search")
                .startsWith(smith);
    }

    @Test
    void aNameCorrectedAwayIsFoundAsAPreviousName() {
        Map<String, Object> before = details("Ottoline", "Quarrington", "1979-02-03", null);
        String ottoline = ok(earlyHelpKeyworker(), "/api/people", before);
        Map<String, Object> married = new HashMap<>(before);
        married.put("familyName", "Bellweather");
        long version = get(earlyHelpKeyworker(), "/api/people/{id}", ottoline)
                .getBody()
                .get("version")
                .asLong();
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/corrections",
                Map.of("expectedVersion", version, "details", married, "reason", "Married"),
                ottoline);

        JsonNode found =
                get(housingOfficer(), "/api/people?name={n}", "quarrington").getBody();

        assertThat(found.get("results").findValuesAsText("personId")).containsExactly(ottoline);
        assertThat(found.get("results").get(0).get("familyName").asText()).isEqualTo("Bellweather");
        assertThat(found.get("results").get(0).get("reason").asText()).isEqualTo("PREVIOUS_NAME");
    }

    @Test
    void findsPeopleByPostcodeOrDateOfBirthAlone() {
        String atHome = register("Peregrine", "Ashdown", "1971-07-07", "SO16 9QQ");
        String neighbour = register("Araminta", "Ashdown", "1972-07-07", "SO16 9QR");

        assertThat(get(housingOfficer(), "/api/people?postcode={p}", "so169qq")
                        .getBody()
                        .get("results")
                        .findValuesAsText("personId"))
                .containsExactly(atHome);
        assertThat(get(housingOfficer(), "/api/people?name={n}&postcode={p}", "ashdown", "SO16 9")
                        .getBody()
                        .get("results")
                        .findValuesAsText("personId"))
                .containsExactly(neighbour, atHome);
        assertThat(get(housingOfficer(), "/api/people?dateOfBirth=1971-07-07")
                        .getBody()
                        .get("results")
                        .findValuesAsText("personId"))
                .contains(atHome)
                .doesNotContain(neighbour);
    }

    @Test
    void pagesHoldFiftyPeople() {
        Set<String> registered = new HashSet<>();
        for (int i = 0; i < 55; i++) {
            registered.add(
                    register("Child" + (char) ('a' + i % 26) + (char) ('a' + i / 26), "Pargeter", "2015-01-01", null));
        }

        JsonNode first = get(housingOfficer(), "/api/people?name=pargeter").getBody();
        JsonNode second =
                get(housingOfficer(), "/api/people?name=pargeter&page=2").getBody();

        assertThat(first.get("totalResults").asInt()).isEqualTo(55);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("results")).hasSize(50);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("results")).hasSize(5);
        Set<String> seen = new HashSet<>(first.get("results").findValuesAsText("personId"));
        seen.addAll(second.get("results").findValuesAsText("personId"));
        assertThat(seen).isEqualTo(registered);
    }

    @Test
    void aSearchThatCannotBeMadeIsAnsweredWithFieldMessages() {
        for (String query : List.of("", "name=%20%20", "yearOfBirth=1990", "postcode=Southampton", "name=x&page=0")) {
            ResponseEntity<JsonNode> refused = get(probationKeyworker(), "/api/people?" + query);
            assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("errors").findValuesAsText("field"))
                    .as(query)
                    .isNotEmpty();
        }
        assertThat(get(probationKeyworker(), "/api/people?postcode=Southampton")
                        .getBody()
                        .get("errors")
                        .findValuesAsText("message"))
                .containsExactly("Enter a postcode, like SO14 0PB, or the start of one, like SO14");
    }

    private String register(String given, String family, String born, String postcode) {
        return ok(earlyHelpKeyworker(), "/api/people", details(given, family, born, postcode));
    }

    private static Map<String, Object> details(String given, String family, String born, String postcode) {
        Map<String, Object> details =
                new HashMap<>(Map.of("givenNames", given, "familyName", family, "dateOfBirth", born));
        if (postcode != null) {
            details.put("address", Map.of("line1", "1 Test Road", "town", "Southampton", "postcode", postcode));
        }
        return details;
    }
}
