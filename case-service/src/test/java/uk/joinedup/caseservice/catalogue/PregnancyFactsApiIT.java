package uk.joinedup.caseservice.catalogue;

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
 * A pregnancy and its end, recorded through the real API as health information: the due date is required,
 * how it ended is one of two choices, bad input is answered with the fields and stores nothing, and an agency
 * that holds no such information cannot record it.
 */
class PregnancyFactsApiIT extends ApiIntegrationTest {

    private static final String FACTS = "/api/people/{id}/facts";

    @Test
    void recordsAPregnancyWithItsDueDateAndItsEndAsHealthInformation() {
        String mother = register();

        String pregnancy = ok(
                earlyHelpKeyworker(),
                FACTS,
                Map.of("occurredOn", "2026-03-02", "fact", Map.of("type", "PregnancyRecorded", "dueOn", "2026-09-14")),
                mother);
        String ended = ok(
                earlyHelpKeyworker(),
                FACTS,
                Map.of("occurredOn", "2026-09-10", "fact", Map.of("type", "PregnancyEnded", "ending", "BIRTH")),
                mother);

        JsonNode person = get(earlyHelpKeyworker(), "/api/people/{id}", mother).getBody();
        JsonNode recorded = entry(person, pregnancy);
        assertThat(recorded.get("kind").asText()).isEqualTo("PregnancyRecorded");
        assertThat(recorded.at("/fact/dueOn").asText()).isEqualTo("2026-09-14");
        assertThat(recorded.get("category").asText()).isEqualTo("HEALTH");
        assertThat(entry(person, ended).at("/fact/ending").asText()).isEqualTo("BIRTH");
    }

    @Test
    void answersAPregnancyWithoutADueDateAndAnEndWithoutHowWithTheFieldsAndStoresNothing() {
        String mother = register();
        long head = eventStoreHead();

        ResponseEntity<JsonNode> noDueDate = post(
                earlyHelpKeyworker(),
                FACTS,
                Map.of("occurredOn", "2026-03-02", "fact", Map.of("type", "PregnancyRecorded")),
                mother);
        ResponseEntity<JsonNode> noEnding = post(
                earlyHelpKeyworker(),
                FACTS,
                Map.of("occurredOn", "2026-03-02", "fact", Map.of("type", "PregnancyEnded")),
                mother);
        ResponseEntity<JsonNode> badDate = post(
                earlyHelpKeyworker(),
                FACTS,
                Map.of("occurredOn", "2026-03-02", "fact", Map.of("type", "PregnancyRecorded", "dueOn", "soon")),
                mother);

        assertThat(noDueDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noDueDate.getBody().get("errors").findValuesAsText("field")).containsExactly("fact.dueOn");
        assertThat(noDueDate.getBody().get("errors").findValuesAsText("message"))
                .containsExactly("Enter the expected due date");
        assertThat(noEnding.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noEnding.getBody().get("errors").findValuesAsText("field")).containsExactly("fact.ending");
        assertThat(noEnding.getBody().get("errors").findValuesAsText("message"))
                .containsExactly("Select how the pregnancy ended");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(eventStoreHead()).as("nothing stored").isEqualTo(head);
    }

    @Test
    void refusesAHousingOfficerRecordingAPregnancy() {
        String mother = register();
        long head = eventStoreHead();

        ResponseEntity<JsonNode> refused = post(
                housingOfficer(),
                FACTS,
                Map.of("occurredOn", "2026-03-02", "fact", Map.of("type", "PregnancyRecorded", "dueOn", "2026-09-14")),
                mother);

        assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
        assertThat(refused.getBody().get("code").asText()).isEqualTo("not-recordable-by-agency");
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void describesThePregnancyFactsForForms() {
        JsonNode all = get(earlyHelpKeyworker(), "/api/fact-types").getBody();

        JsonNode recorded = type(all, "PregnancyRecorded");
        assertThat(recorded.get("category").asText()).isEqualTo("HEALTH");
        assertThat(recorded.at("/fields/0/name").asText()).isEqualTo("dueOn");
        assertThat(recorded.at("/fields/0/input").asText()).isEqualTo("DATE");
        assertThat(recorded.at("/fields/0/required").asBoolean()).isTrue();
        JsonNode ended = type(all, "PregnancyEnded");
        assertThat(ended.at("/fields/0/input").asText()).isEqualTo("CHOICE");
        assertThat(ended.at("/fields/0/options").toString()).contains("BIRTH", "ENDED_WITHOUT_BIRTH");
        assertThat(recorded.get("recordableBy").toString())
                .contains("HEALTH", "EARLY_HELP")
                .doesNotContain("HOUSING");
    }

    private String register() {
        return ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Nia", "familyName", "Parry", "dateOfBirth", "1995-04-04"));
    }

    private static JsonNode entry(JsonNode person, String factId) {
        for (JsonNode entry : person.get("entries")) {
            if (entry.get("entryId").asText().equals(factId)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + factId + " in " + person);
    }

    private static JsonNode type(JsonNode all, String name) {
        for (JsonNode type : all) {
            if (type.get("type").asText().equals(name)) {
                return type;
            }
        }
        throw new AssertionError("no fact type " + name);
    }
}
