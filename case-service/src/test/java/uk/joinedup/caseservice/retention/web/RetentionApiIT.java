package uk.joinedup.caseservice.retention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.TeamsAroundFamilies;
import uk.joinedup.caseservice.disclosure.Discloses;

/**
 * Retention through the real API with real tokens (ADR 33): a family case closed today is due six years on
 * with its basis, an open case never is, a child is due from their 25th birthday; keyworkers are refused.
 */
class RetentionApiIT extends ApiIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @Discloses("/api/retention/schedules")
    void showsAnOfficerTheSchedulesWithTheirBases() {
        JsonNode schedules = get(igOfficer(), "/api/retention/schedules").getBody();

        assertThat(schedules.findValuesAsText("id"))
                .contains("early-help-family-case", "child-records", "adult-agency-facts");
        JsonNode family = schedules.get(schedules.findValuesAsText("id").indexOf("early-help-family-case"));
        assertThat(family.get("records").asText()).isEqualTo("family-case");
        assertThat(family.get("periodInWords").asText()).isEqualTo("6 years after the case closed");
        assertThat(family.get("basis").asText()).contains("Limitation Act 1980");
        assertThat(get(earlyHelpKeyworker(), "/api/retention/schedules").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @Discloses("/api/retention/due")
    void listsAClosedCaseAndAChildAsDueButNeverAnOpenCase() {
        String closed = openedFamily("Retention Closed family");
        ok(
                earlyHelpManager(),
                "/api/families/{id}/closure",
                Map.of("reason", "OUTCOMES_ACHIEVED", "outcomeSummary", "Attending"),
                closed);
        String open = openedFamily("Retention Open family");
        LocalDate born = TODAY.minusYears(10);
        String child = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Kayleigh", "familyName", "Ravenscroft", "dateOfBirth", born.toString()));
        awaitReadModels();

        assertThat(ids(due(TODAY.plusYears(6).minusDays(1)))).doesNotContain(closed, open);
        JsonNode sixYearsOn = due(TODAY.plusYears(6));
        assertThat(ids(sixYearsOn)).contains(closed).doesNotContain(open, child);
        JsonNode family = entry(sixYearsOn, closed);
        assertThat(family.get("kind").asText()).isEqualTo("family");
        assertThat(family.get("endedOn").asText()).isEqualTo(TODAY.plusYears(6).toString());
        assertThat(family.get("scheduleId").asText()).isEqualTo("early-help-family-case");
        assertThat(family.get("basis").asText()).contains("Limitation Act 1980");
        assertThat(family.has("name")).isFalse();
        assertThat(ids(due(TODAY.plusYears(100)))).doesNotContain(open);

        LocalDate twentyFifth = born.plusYears(25);
        assertThat(ids(due(twentyFifth.minusDays(1)))).doesNotContain(child);
        JsonNode person = entry(due(twentyFifth), child);
        assertThat(person.get("records").asText()).isEqualTo("child");
        assertThat(person.get("scheduleId").asText()).isEqualTo("child-records");
        assertThat(person.toString()).doesNotContain("Kayleigh", "Ravenscroft");
    }

    @Test
    void refusesEveryoneButOfficersAndAMalformedDay() {
        assertThat(get(earlyHelpKeyworker(), "/api/retention/due?by=2030-01-01").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(earlyHelpManager(), "/api/retention/due?by=2030-01-01").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> malformed = get(igOfficer(), "/api/retention/due?by=31/05/2032");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("by");
        assertThat(get(igOfficer(), "/api/retention/due").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode due(LocalDate by) {
        ResponseEntity<JsonNode> response = get(igOfficer(), "/api/retention/due?by={by}", by.toString());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> ids(JsonNode list) {
        return list.get("due").findValuesAsText("id");
    }

    private static JsonNode entry(JsonNode list, String id) {
        for (JsonNode due : list.get("due")) {
            if (due.get("id").asText().equals(id)) {
                return due;
            }
        }
        throw new AssertionError(id + " is not due");
    }

    /** A family registered by the early help keyworker, referred, accepted and allocated: its case is open. */
    private String openedFamily(String name) {
        return TeamsAroundFamilies.openedFamily(this, name);
    }
}
