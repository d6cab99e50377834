package uk.joinedup.caseservice.family.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.caseWithPlan;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.TeamsAroundFamilies.CaseWithPlan;

/**
 * A case conference over HTTP: who was there comes from the staff directory, what it decided and its actions
 * arising are on the family page and in the chronology, the actions join the plan; refusals store nothing.
 */
class ConferenceApiIT extends ApiIntegrationTest {

    private static final String CONFERENCES = "/api/families/{id}/conferences";

    @Test
    void aConferenceIsShownWithItsDecisionsAndItsActionsJoinThePlan() {
        CaseWithPlan family = caseWithPlan(this, "Conference");
        ok(
                earlyHelpManager(),
                CONFERENCES,
                Map.of(
                        "kind", "CASE_CONFERENCE",
                        "heldOn", days(-2),
                        "attendees", List.of("sam.patel", "dee.walsh", "jo.carter"),
                        "familyPresent", "Stephen",
                        "decisions", List.of("Keep the case open", "Sam stays lead"),
                        "leadProfessionalAgreed", "sam.patel",
                        "actions",
                                List.of(Map.of(
                                        "goalId",
                                        family.goalId(),
                                        "description",
                                        "Meet the head of year",
                                        "ownerAgency",
                                        "southampton-early-help",
                                        "dueOn",
                                        days(14)))),
                family.familyId());

        JsonNode seen =
                get(jobcentreAdviser(), "/api/families/{id}", family.familyId()).getBody();
        JsonNode conference = seen.at("/conferences/0");
        assertThat(conference.get("kind").asText()).isEqualTo("CASE_CONFERENCE");
        assertThat(conference.get("attendees").findValuesAsText("name"))
                .contains("Sam Patel", "Dee Walsh", "Jo Carter");
        assertThat(conference.get("attendees").findValuesAsText("agencyName"))
                .as("agencies from the staff directory")
                .doesNotContainNull()
                .hasSize(3);
        assertThat(conference.get("decisions").toString()).contains("Keep the case open", "Sam stays lead");
        assertThat(conference.at("/leadProfessionalAgreed/name").asText()).isEqualTo("Sam Patel");
        assertThat(seen.at("/plan/actions").findValuesAsText("description")).contains("Meet the head of year");
        assertThat(seen.get("entries").findValuesAsText("kind")).contains("CaseConferenceHeld", "PlanActionsAdded");
        assertThat(get(policeOfficer(), "/api/families/{id}", family.familyId())
                        .getBody()
                        .get("conferences"))
                .as("casework, not shown to a practitioner not working with the family")
                .isEmpty();
    }

    @Test
    void refusalsSayWhyAndStoreNothing() {
        CaseWithPlan family = caseWithPlan(this, "Unconferred");
        long head = eventStoreHead();

        ResponseEntity<JsonNode> invalid = post(
                earlyHelpKeyworker(),
                CONFERENCES,
                Map.of("kind", "PANEL", "attendees", List.of(), "decisions", List.of()),
                family.familyId());
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().toString())
                .contains("Add at least one practitioner who was at the meeting")
                .contains("Enter at least one decision the meeting made");

        ResponseEntity<JsonNode> notTheirs = post(
                policeOfficer(),
                CONFERENCES,
                Map.of("kind", "PANEL", "attendees", List.of("jo.carter"), "decisions", List.of("Refer")),
                family.familyId());
        assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notTheirs.getBody().get("code").asText()).isEqualTo("lead-or-manager-only");

        ResponseEntity<JsonNode> anotherLead = post(
                earlyHelpManager(),
                CONFERENCES,
                Map.of(
                        "kind",
                        "PANEL",
                        "attendees",
                        List.of("mo.ahmed"),
                        "decisions",
                        List.of("Dee to lead"),
                        "leadProfessionalAgreed",
                        "dee.walsh"),
                family.familyId());
        assertThat(anotherLead.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(anotherLead.getBody().get("detail").asText()).contains("Sam Patel leads the case");

        ResponseEntity<JsonNode> stranger = post(
                earlyHelpManager(),
                CONFERENCES,
                Map.of("kind", "PANEL", "attendees", List.of("nobody.here"), "decisions", List.of("Refer")),
                family.familyId());
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(stranger.getBody().get("code").asText()).isEqualTo("not-in-staff-directory");

        assertThat(eventStoreHead()).as("nothing stored").isEqualTo(head);
    }
}
