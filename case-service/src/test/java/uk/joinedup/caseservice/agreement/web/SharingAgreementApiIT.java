package uk.joinedup.caseservice.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.TeamsAroundFamilies.stephenWithTeam;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.consent.ConsentFixtures;
import uk.joinedup.caseservice.disclosure.Discloses;

/** Sharing agreements through the REST API: real HTTP, real token validation, the embedded MongoDB. */
class SharingAgreementApiIT extends ApiIntegrationTest {

    @Autowired
    private EventStorageEngine events;

    @Test
    @Discloses("/api/sharing-agreements")
    @Discloses("/api/sharing-agreements/{agreementId}")
    void anOfficerRegistersRevisesAndEndsAnAgreementThatEveryoneCanRead() {
        String agreement = ok(igOfficer(), "/api/sharing-agreements", protocol("Benefits protocol", days(-30)));

        JsonNode listed = find(probationKeyworker(), agreement);
        assertThat(listed.get("version").asInt()).isEqualTo(1);
        assertThat(listed.get("inForce").asBoolean()).isTrue();
        assertThat(listed.get("ended").asBoolean()).isFalse();
        assertThat(listed.get("reviewOverdue").asBoolean()).isFalse();
        assertThat(listed.get("parties").findValuesAsText("kind")).containsExactly("HOUSING");
        assertThat(find(ConsentFixtures.administrator(), agreement))
                .as("agreements are published to every signed-in user")
                .isNotNull();

        Map<String, Object> revised = new HashMap<>(protocol("Benefits protocol", days(-30)));
        revised.put("reviewOn", days(-1));
        ok(
                igOfficer(),
                "/api/sharing-agreements/{id}/revisions",
                Map.of("terms", revised, "reason", "Review brought forward"),
                agreement);
        JsonNode current = find(housingOfficer(), agreement);
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("reviewOverdue").asBoolean()).isTrue();

        ok(
                igOfficer(),
                "/api/sharing-agreements/{id}/end",
                Map.of("endsOn", days(-1), "reason", "Replaced by the county protocol"),
                agreement);
        JsonNode ended = find(housingOfficer(), agreement);
        assertThat(ended.get("ended").asBoolean()).isTrue();
        assertThat(ended.get("inForce").asBoolean()).isFalse();
        assertThat(ended.get("reviewOverdue").asBoolean()).isFalse();

        JsonNode whole = get(jobcentreAdviser(), "/api/sharing-agreements/{id}", agreement)
                .getBody();
        assertThat(whole.get("versions").findValuesAsText("version")).containsExactly("1", "2");
        assertThat(whole.at("/versions/1/reason").asText()).isEqualTo("Review brought forward");
        assertThat(whole.at("/versions/0/terms/reviewOn").asText()).isEqualTo(days(335));
        assertThat(whole.at("/versions/0/recordedBy").asText()).isEqualTo("Chris Ward");
        assertThat(whole.get("endReason").asText()).isEqualTo("Replaced by the county protocol");
        assertThat(whole.at("/current/ended").asBoolean()).isTrue();

        ResponseEntity<JsonNode> reviseEnded = post(
                igOfficer(),
                "/api/sharing-agreements/{id}/revisions",
                Map.of("terms", protocol("Benefits protocol", days(-30)), "reason", "Revive"),
                agreement);
        assertThat(reviseEnded.getBody().get("code").asText()).isEqualTo("agreement-ended");
    }

    @Test
    void refusesAKeyworkerOrManagerAndStoresNothing() {
        long before = eventCount();

        ResponseEntity<JsonNode> keyworker =
                post(probationKeyworker(), "/api/sharing-agreements", protocol("Mine", days(0)));
        ResponseEntity<JsonNode> manager =
                post(earlyHelpManager(), "/api/sharing-agreements", protocol("Mine", days(0)));

        assertThat(keyworker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(ConsentFixtures.administrator(), "/api/sharing-agreements", protocol("Mine", days(0)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void answersInvalidTermsWithFieldMessagesAndStoresNothing() {
        long before = eventCount();
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("parties", List.of(Map.of("agency", "southampton-probation", "kind", "HOUSING")));
        body.put("categories", List.of());
        body.put("purposes", List.of());
        body.put("lawfulBases", List.of());

        ResponseEntity<JsonNode> invalid = post(igOfficer(), "/api/sharing-agreements", body);

        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> messages = fieldMessages(invalid.getBody());
        assertThat(messages)
                .containsEntry("title", "Enter the title of the agreement")
                .containsEntry("parties[0].oneAgencyOrKind", "Name either an agency or a kind of agency for each party")
                .containsEntry("categories", "Choose at least one kind of information the agreement shares")
                .containsEntry("purposes", "Choose at least one purpose the agreement is for")
                .containsEntry("lawfulBases", "Choose at least one lawful basis the agreement rests on")
                .containsEntry("startsOn", "Enter the date the agreement starts")
                .containsEntry("reviewOn", "Enter the date the agreement is due for review");

        Map<String, Object> oneAgency = new HashMap<>(protocol("Alone", days(0)));
        oneAgency.put("parties", List.of(Map.of("agency", "southampton-probation")));
        ResponseEntity<JsonNode> alone = post(igOfficer(), "/api/sharing-agreements", oneAgency);
        assertThat(alone.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(alone.getBody().get("code").asText()).isEqualTo("parties-required");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anAgreementInForceOpensAnotherAgencysEntriesToTheTeamOnItsBasis() {
        String stephen = stephenWithTeam(this, housingOfficer());
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
        assertThat(kinds(housingOfficer(), stephen)).doesNotContain("BenefitClaimStarted");

        String agreement = ok(igOfficer(), "/api/sharing-agreements", protocol("Benefits protocol", days(-30)));
        assertThat(kinds(housingOfficer(), stephen)).contains("BenefitClaimStarted");

        ok(igOfficer(), "/api/sharing-agreements/{id}/end", Map.of("endsOn", days(-1), "reason", "Ended"), agreement);
        assertThat(kinds(housingOfficer(), stephen)).doesNotContain("BenefitClaimStarted");
    }

    @Test
    void answersAnUnknownAgreementWithNotFound() {
        assertThat(get(probationKeyworker(), "/api/sharing-agreements/{id}", "no-such-agreement")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Jobcentre Plus Southampton and every housing agency share employment and benefits information. */
    private static Map<String, Object> protocol(String title, String startsOn) {
        return Map.of(
                "title", title,
                "parties", List.of(Map.of("agency", "southampton-jobcentre"), Map.of("kind", "HOUSING")),
                "categories", List.of("EMPLOYMENT_AND_BENEFITS"),
                "purposes", List.of("FAMILY_SUPPORT"),
                "lawfulBases", List.of("PUBLIC_TASK", "DIGITAL_ECONOMY_ACT_2017_PART_5"),
                "startsOn", startsOn,
                "reviewOn", days(335));
    }

    private JsonNode find(Actor viewer, String agreementId) {
        JsonNode all = get(viewer, "/api/sharing-agreements").getBody();
        return StreamSupport.stream(all.spliterator(), false)
                .filter(agreement -> agreement.get("agreementId").asText().equals(agreementId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(viewer.userId() + " does not see " + agreementId));
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
