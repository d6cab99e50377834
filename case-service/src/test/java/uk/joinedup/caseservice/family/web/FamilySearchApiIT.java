package uk.joinedup.caseservice.family.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * Searching families through real HTTP: by their name (misspelt too), by a member's name and by a member's
 * postcode; families found by their own name first; paged; field messages for searches that cannot be made.
 */
class FamilySearchApiIT extends ApiIntegrationTest {

    @Test
    void findsFamiliesByTheirNameByAMembersNameAndByPostcode() {
        String thwaites = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Featherstonehaugh family"));
        String other = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Brackenbury household"));
        String member = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of(
                        "givenNames", "Marigold",
                        "familyName", "Featherstonehaugh",
                        "dateOfBirth", "1988-03-03",
                        "address", Map.of("line1", "3 Test Lane", "town", "Southampton", "postcode", "SO19 7ZZ")));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", member, "relationship", "PARENT"),
                other);

        JsonNode byName = get(housingOfficer(), "/api/families?name={n}", "featherstonehaugh")
                .getBody();
        assertThat(byName.get("results").findValuesAsText("familyId"))
                .as("by its own name first, then by a member's")
                .containsExactly(thwaites, other);
        assertThat(byName.get("results").findValuesAsText("reason")).containsExactly("NAME", "MEMBER_NAME");
        assertThat(byName.get("totalResults").asInt()).isEqualTo(2);

        assertThat(get(housingOfficer(), "/api/families?name={n}", "featherstonhaw")
                        .getBody()
                        .get("results")
                        .findValuesAsText("familyId"))
                .as("a misspelling that sounds the same")
                .contains(thwaites);
        assertThat(get(housingOfficer(), "/api/families?name={n}", "marigold")
                        .getBody()
                        .get("results")
                        .findValuesAsText("familyId"))
                .containsExactly(other);
        JsonNode byPostcode =
                get(housingOfficer(), "/api/families?postcode={p}", "SO19 7ZZ").getBody();
        assertThat(byPostcode.get("results").findValuesAsText("familyId")).containsExactly(other);
        assertThat(byPostcode.get("results").get(0).get("reason").asText()).isEqualTo("POSTCODE");
        assertThat(get(housingOfficer(), "/api/families?name={n}&postcode={p}", "brackenbury", "SO14")
                        .getBody()
                        .get("results"))
                .as("the postcode narrows")
                .isEmpty();
    }

    @Test
    void aSearchThatCannotBeMadeIsAnsweredWithFieldMessages() {
        for (String query : new String[] {"", "name=family", "postcode=nowhere", "name=walker&page=0"}) {
            ResponseEntity<JsonNode> refused = get(housingOfficer(), "/api/families?" + query);
            assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("errors").findValuesAsText("field"))
                    .as(query)
                    .isNotEmpty();
        }
    }
}
