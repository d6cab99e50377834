package uk.joinedup.caseservice.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * A person's own record (details, death) is changed only by the agencies involved with them: the one
 * that registered them, those that recorded something about them, those on the team around their
 * household. To anyone else the answer is exactly the unknown person's, before any other check, so that
 * a refusal ("changes nothing") never confirms a guess of what is held.
 */
class PersonRecordChangesApiIT extends ApiIntegrationTest {

    private static final String TODAY =
            LocalDate.now(ZoneId.of("Europe/London")).toString();

    private static final Map<String, Object> TONY = Map.of(
            "givenNames", "Tony",
            "familyName", "Marsh",
            "dateOfBirth", "1990-06-27",
            "address", Map.of("line1", "41 Portswood Road", "town", "Southampton", "postcode", "SO17 2ES"));

    @Test
    void aStrangersCorrectionIsAnsweredAsForAnUnknownPersonWhetherOrNotTheDetailsMatch() {
        String tony = ok(probationKeyworker(), "/api/people", TONY);
        long version = version(tony);

        ResponseEntity<JsonNode> unknown =
                post(housingOfficer(), "/api/people/{id}/corrections", correction(TONY, version), "no-such-person");
        ResponseEntity<JsonNode> rightGuess =
                post(housingOfficer(), "/api/people/{id}/corrections", correction(TONY, version), tony);
        ResponseEntity<JsonNode> wrongGuess = post(
                housingOfficer(), "/api/people/{id}/corrections", correction(movedTo("1 Elsewhere"), version), tony);
        ResponseEntity<JsonNode> staleGuess =
                post(housingOfficer(), "/api/people/{id}/corrections", correction(movedTo("1 Elsewhere"), 99), tony);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        for (ResponseEntity<JsonNode> guess : List.of(rightGuess, wrongGuess, staleGuess)) {
            assertThat(guess.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(withoutInstance(guess.getBody())).isEqualTo(withoutInstance(unknown.getBody()));
        }
        assertThat(rightGuess.getBody().get("detail").asText()).isEqualTo("No such record");

        ResponseEntity<JsonNode> deathOfUnknown =
                post(housingOfficer(), "/api/people/{id}/death", Map.of("dateOfDeath", TODAY), "no-such-person");
        ResponseEntity<JsonNode> deathOfStranger =
                post(housingOfficer(), "/api/people/{id}/death", Map.of("dateOfDeath", TODAY), tony);
        assertThat(deathOfStranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withoutInstance(deathOfStranger.getBody())).isEqualTo(withoutInstance(deathOfUnknown.getBody()));

        JsonNode unchanged = get(probationKeyworker(), "/api/people/{id}", tony).getBody();
        assertThat(unchanged.get("version").asLong()).isEqualTo(version);
        assertThat(unchanged.has("dateOfDeath")).isFalse();

        ResponseEntity<JsonNode> sameByTheRegisteringAgency =
                post(probationKeyworker(), "/api/people/{id}/corrections", correction(TONY, version), tony);
        assertThat(sameByTheRegisteringAgency.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(sameByTheRegisteringAgency.getBody().get("code").asText()).isEqualTo("correction-changes-nothing");
    }

    @Test
    void agenciesThatRecordedSomethingAboutThePersonOrWorkOnTheirFamilysTeamMayChangeTheirRecord() {
        String tony = ok(probationKeyworker(), "/api/people", TONY);

        ok(
                housingOfficer(),
                "/api/people/{id}/facts",
                Map.of("occurredOn", TODAY, "fact", Map.of("type", "TenancyStarted", "tenure", "COUNCIL")),
                tony);
        ok(housingOfficer(), "/api/people/{id}/corrections", correction(movedTo("2 New Road"), version(tony)), tony);

        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Marsh household"));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", tony, "relationship", "PARENT"),
                family);
        assertThat(post(jobcentreAdviser(), "/api/people/{id}/death", Map.of("dateOfDeath", TODAY), tony)
                        .getStatusCode())
                .as("not yet on the team")
                .isEqualTo(HttpStatus.NOT_FOUND);
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Support as a family", "riskFactors", List.of("OTHER")),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", "sam.patel")),
                family,
                referral);
        ok(earlyHelpManager(), "/api/families/{id}/team", Map.of("username", "dee.walsh"), family);

        ok(jobcentreAdviser(), "/api/people/{id}/death", Map.of("dateOfDeath", TODAY), tony);
        assertThat(get(probationKeyworker(), "/api/people/{id}", tony)
                        .getBody()
                        .get("dateOfDeath")
                        .asText())
                .isEqualTo(TODAY);
        assertThat(post(policeOfficer(), "/api/people/{id}/death", Map.of("dateOfDeath", TODAY), tony)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long version(String personId) {
        return get(probationKeyworker(), "/api/people/{id}", personId)
                .getBody()
                .get("version")
                .asLong();
    }

    private static Map<String, Object> correction(Map<String, Object> details, long version) {
        return Map.of("expectedVersion", version, "details", details, "reason", "Address changed");
    }

    private static Map<String, Object> movedTo(String line1) {
        Map<String, Object> moved = new HashMap<>(TONY);
        moved.put("address", Map.of("line1", line1, "town", "Southampton", "postcode", "SO17 2ES"));
        return moved;
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        ObjectNode copy = problem.deepCopy();
        copy.remove("instance");
        return copy;
    }
}
