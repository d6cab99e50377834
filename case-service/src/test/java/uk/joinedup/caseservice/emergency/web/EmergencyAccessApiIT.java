package uk.joinedup.caseservice.emergency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.disclosure.Discloses;

/** Breaking glass and reviewing it through the REST API: real HTTP, real tokens, the embedded MongoDB. */
class EmergencyAccessApiIT extends ApiIntegrationTest {

    @Autowired
    private EventStorageEngine events;

    @Test
    @Discloses("/api/people/{personId}/emergency-access")
    @Discloses("/api/emergency-access/awaiting-review")
    void aKeyworkerBreaksGlassSeesTheRecordAndTheOwningAgencyManagerReviewsIt() {
        String stephen = stephenWithABenefitClaim();
        assertThat(kinds(housingOfficer(), stephen)).doesNotContain("BenefitClaimStarted");

        Instant before = Instant.now();
        ResponseEntity<JsonNode> granted = post(
                housingOfficer(), "/api/people/{id}/emergency-access", urgent("Threat to harm a neighbour"), stephen);

        assertThat(granted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String override = granted.getBody().get("id").asText();
        Instant until = Instant.parse(granted.getBody().get("until").asText());
        assertThat(until).isCloseTo(before.plus(Duration.ofHours(24)), within(1, ChronoUnit.MINUTES));
        assertThat(kinds(housingOfficer(), stephen)).contains("BenefitClaimStarted");

        assertThat(queue(igOfficer())).contains(override);
        assertThat(queue(earlyHelpManager()))
                .as("Early Help registered Stephen: its record was opened")
                .contains(override);
        assertThat(queue(housingOfficer())).isEmpty();
        assertThat(queue(earlyHelpKeyworker())).isEmpty();
        JsonNode queued = queued(igOfficer(), override);
        assertThat(queued.get("personId").asText()).isEqualTo(stephen);
        assertThat(queued.get("userName").asText()).isEqualTo("Lee Morgan");
        assertThat(queued.get("openedAgencies").toString()).contains("southampton-early-help", "southampton-jobcentre");
        assertThat(queued.get("active").asBoolean()).isTrue();

        JsonNode onTheRecord = overrides(igOfficer(), stephen);
        assertThat(onTheRecord.get("overrides").findValuesAsText("overrideId")).containsExactly(override);
        assertThat(overrides(housingOfficer(), stephen).get("overrides")).hasSize(1);
        JsonNode toAnOutsider = overrides(probationKeyworker(), stephen);
        assertThat(toAnOutsider.get("overrides")).isEmpty();
        assertThat(toAnOutsider.get("withheld").asInt()).isEqualTo(1);

        ResponseEntity<JsonNode> keyworkerReview = post(
                earlyHelpKeyworker(),
                "/api/emergency-access/{id}/review",
                Map.of("justified", true, "note", "Fine"),
                override);
        assertThat(keyworkerReview.getStatusCode())
                .as("only officers and team managers review")
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> reviewed = post(
                earlyHelpManager(),
                "/api/emergency-access/{id}/review",
                Map.of("justified", true, "note", "Police confirmed the threat"),
                override);
        assertThat(reviewed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(queue(igOfficer())).doesNotContain(override);
        assertThat(queue(earlyHelpManager())).doesNotContain(override);
        assertThat(overrides(igOfficer(), stephen)
                        .at("/overrides/0/review/note")
                        .asText())
                .isEqualTo("Police confirmed the threat");

        ResponseEntity<JsonNode> again = post(
                igOfficer(),
                "/api/emergency-access/{id}/review",
                Map.of("justified", false, "note", "Second look"),
                override);
        assertThat(again.getBody().get("code").asText()).isEqualTo("override-already-reviewed");
    }

    @Test
    void refusesBreakingGlassWhenNothingIsWithheldAndStoresNothing() {
        String sharon = ok(
                jobcentreAdviser(),
                "/api/people",
                Map.of("givenNames", "Sharon", "familyName", "Hale", "dateOfBirth", "1979-05-14"));
        long before = eventCount();

        ResponseEntity<JsonNode> refused =
                post(jobcentreAdviser(), "/api/people/{id}/emergency-access", urgent("Just checking"), sharon);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("nothing-withheld");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesAnInformationGovernanceOfficerBreakingGlass() {
        String stephen = stephenWithABenefitClaim();

        assertThat(post(igOfficer(), "/api/people/{id}/emergency-access", urgent("Audit"), stephen)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void answersInvalidRequestsWithFieldMessagesAndStoresNothing() {
        String stephen = stephenWithABenefitClaim();
        long before = eventCount();
        Map<String, Object> body = new HashMap<>();
        body.put("explanation", "x".repeat(2001));

        ResponseEntity<JsonNode> invalid = post(housingOfficer(), "/api/people/{id}/emergency-access", body, stephen);

        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> messages = fieldMessages(invalid.getBody());
        assertThat(messages)
                .containsEntry("reason", "Select why you need to see the record now")
                .containsEntry("explanation", "The explanation must be 2,000 characters or fewer");
        ResponseEntity<JsonNode> noNote =
                post(igOfficer(), "/api/emergency-access/{id}/review", Map.of("note", " "), "any");
        assertThat(fieldMessages(noNote.getBody()))
                .containsEntry("justified", "Say whether breaking glass was justified")
                .containsEntry("note", "Write a note of what the review found");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void answersAnUnknownPersonOrOverrideWithNotFound() {
        assertThat(post(housingOfficer(), "/api/people/{id}/emergency-access", urgent("Who?"), "no-such-person")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(igOfficer(), "/api/people/{id}/emergency-access", "no-such-person")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(
                                igOfficer(),
                                "/api/emergency-access/{id}/review",
                                Map.of("justified", true, "note", "Fine"),
                                "no-such-override")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Stephen, registered by Early Help, with a benefit claim Jobcentre Plus recorded; no family. */
    private String stephenWithABenefitClaim() {
        String stephen = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Stephen", "familyName", "Walker", "dateOfBirth", "1984-02-09"));
        ok(
                jobcentreAdviser(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(-2),
                        "fact",
                        Map.of(
                                "type",
                                "BenefitClaimStarted",
                                "benefit",
                                "UNIVERSAL_CREDIT",
                                "universalCreditRegime",
                                "SEARCHING_FOR_WORK")),
                stephen);
        return stephen;
    }

    private static Map<String, Object> urgent(String explanation) {
        return Map.of("reason", "RISK_TO_LIFE", "explanation", explanation);
    }

    private List<String> queue(Actor viewer) {
        return get(viewer, "/api/emergency-access/awaiting-review").getBody().findValuesAsText("overrideId");
    }

    private JsonNode queued(Actor viewer, String overrideId) {
        for (JsonNode queued :
                get(viewer, "/api/emergency-access/awaiting-review").getBody()) {
            if (queued.get("overrideId").asText().equals(overrideId)) {
                return queued;
            }
        }
        throw new AssertionError(overrideId + " is not in " + viewer.userId() + "'s queue");
    }

    private JsonNode overrides(Actor viewer, String personId) {
        ResponseEntity<JsonNode> response = get(viewer, "/api/people/{id}/emergency-access", personId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private List<String> kinds(Actor viewer, String personId) {
        return get(viewer, "/api/people/{id}", personId)
                .getBody()
                .get("entries")
                .findValuesAsText("kind");
    }

    private static Map<String, String> fieldMessages(JsonNode problem) {
        Map<String, String> messages = new HashMap<>();
        problem.get("errors")
                .forEach(error -> messages.put(
                        error.get("field").asText(), error.get("message").asText()));
        return messages;
    }

    private long eventCount() {
        return events.readEvents(null, false).count();
    }
}
