package uk.joinedup.caseservice.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.TeamsAroundFamilies.stephenWithTeam;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.consent.ConsentFixtures;
import uk.joinedup.caseservice.disclosure.Discloses;

/** Consents through the REST API: real HTTP, real token validation, the embedded MongoDB. */
class ConsentApiIT extends ApiIntegrationTest {

    @Autowired
    private EventStorageEngine events;

    @Test
    void recordsAConsentAndListsItWithItsStatusSummaryAndWhoRecordedIt() {
        String stephen = registerStephen();

        String consent = ok(earlyHelpKeyworker(), "/api/people/{id}/consents", housingMaySeeBenefits(), stephen);

        JsonNode listed = consents(earlyHelpKeyworker(), stephen);
        assertThat(listed.get("withheld").asInt()).isZero();
        JsonNode first = listed.at("/consents/0");
        assertThat(first.get("consentId").asText()).isEqualTo(consent);
        assertThat(first.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(first.get("summary").asText())
                .startsWith("southampton-housing can see employment and benefits information until ");
        assertThat(first.get("givenBy").asText()).isEqualTo("PARENT_OR_GUARDIAN");
        assertThat(first.get("giverName").asText()).isEqualTo("Carol Walker (mother)");
        assertThat(first.get("evidence").asText()).isEqualTo("SIGNED_FORM");
        assertThat(first.get("recordedBy").asText()).isEqualTo("Sam Patel");
        assertThat(first.get("recordedByAgencyName").asText()).isEqualTo("Southampton City Council Early Help");
        assertThat(first.has("recordedAt")).isTrue();
        assertThat(first.at("/history/0/what").asText()).isEqualTo("RECORDED");
        assertThat(first.at("/recipients/0/agency").asText()).isEqualTo("southampton-housing");
    }

    @Test
    @Discloses("/api/people/{personId}/consents")
    void showsConsentsToOfficersAndToWhoeverWorksWithThePersonButNotToOtherAgencies() {
        String stephen = stephenWithTeam(this, housingOfficer());
        ok(earlyHelpKeyworker(), "/api/people/{id}/consents", housingMaySeeBenefits(), stephen);

        assertThat(consents(igOfficer(), stephen).get("consents")).hasSize(1);
        JsonNode toTheTeam = consents(housingOfficer(), stephen);
        assertThat(toTheTeam.get("consents")).hasSize(1);
        assertThat(toTheTeam.at("/consents/0/summary").asText())
                .as("the team names the agency")
                .startsWith("Southampton City Council Housing can see");

        JsonNode toAnOutsider = consents(probationKeyworker(), stephen);
        assertThat(toAnOutsider.get("consents")).isEmpty();
        assertThat(toAnOutsider.get("withheld").asInt()).isEqualTo(1);
        assertThat(toAnOutsider.toString()).doesNotContain("Carol Walker");
    }

    @Test
    void aConsentOpensAnotherAgencysEntriesAndItsWithdrawalClosesThemOnTheNextRequest() {
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

        String consent =
                ok(earlyHelpKeyworker(), "/api/people/{id}/consents", stephenLetsHousingSeeBenefits(), stephen);
        assertThat(kinds(housingOfficer(), stephen)).contains("BenefitClaimStarted");

        ResponseEntity<JsonNode> withdrawn = post(
                housingOfficer(),
                "/api/people/{id}/consents/{consent}/withdrawal",
                Map.of("reason", "Stephen withdrew it by phone"),
                stephen,
                consent);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(kinds(housingOfficer(), stephen)).doesNotContain("BenefitClaimStarted");
        JsonNode listed = consents(earlyHelpKeyworker(), stephen).at("/consents/0");
        assertThat(listed.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(listed.get("withdrawalReason").asText()).isEqualTo("Stephen withdrew it by phone");
        assertThat(listed.get("summary").asText()).startsWith("Withdrawn on ");
        assertThat(listed.at("/history/1/what").asText()).isEqualTo("WITHDRAWN");
        assertThat(listed.at("/history/1/by").asText()).isEqualTo("Lee Morgan");

        ResponseEntity<JsonNode> again = post(
                earlyHelpKeyworker(),
                "/api/people/{id}/consents/{consent}/withdrawal",
                Map.of("reason", "Twice"),
                stephen,
                consent);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(again.getBody().get("code").asText()).isEqualTo("consent-already-withdrawn");
    }

    @Test
    void answersInvalidConsentsWithFieldMessagesAndStoresNothing() {
        String stephen = registerStephen();
        long before = eventCount();
        Map<String, Object> body = new HashMap<>();
        body.put("recipients", List.of());
        body.put("categories", List.of());
        body.put("giverName", "x".repeat(201));

        ResponseEntity<JsonNode> invalid = post(earlyHelpKeyworker(), "/api/people/{id}/consents", body, stephen);

        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldMessages(invalid.getBody()))
                .containsEntry("givenBy", "Select who gave consent")
                .containsEntry("giverName", "The name of who gave consent must be 200 characters or fewer")
                .containsEntry("recipients", "Choose at least one agency the consent lets see information")
                .containsEntry("categories", "Choose at least one kind of information the consent covers")
                .containsEntry("purpose", "Select what the information may be used for")
                .containsEntry("validUntil", "Enter the last day the consent covers")
                .containsEntry("evidence", "Select how the consent was evidenced");
        ResponseEntity<JsonNode> noReason = post(
                earlyHelpKeyworker(),
                "/api/people/{id}/consents/{consent}/withdrawal",
                Map.of("withdrawnOn", days(1)),
                stephen,
                "any");
        assertThat(fieldMessages(noReason.getBody()))
                .containsEntry("reason", "Enter why the consent is withdrawn")
                .containsEntry("withdrawnOn", "The date of withdrawal must be today or in the past");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesAConsentLongerThanThreeYearsAndStoresNothing() {
        String stephen = registerStephen();
        long before = eventCount();
        Map<String, Object> body = new HashMap<>(housingMaySeeBenefits());
        body.put("validUntil", days(3 * 366));

        ResponseEntity<JsonNode> refused = post(earlyHelpKeyworker(), "/api/people/{id}/consents", body, stephen);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("consent-too-long");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesUsersWhoNeitherWorkWithFamiliesNorGovernInformation() {
        String stephen = registerStephen();

        assertThat(post(ConsentFixtures.administrator(), "/api/people/{id}/consents", housingMaySeeBenefits(), stephen)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(igOfficer(), "/api/people/{id}/consents", housingMaySeeBenefits(), stephen)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void answersAnUnknownPersonWithNotFound() {
        assertThat(get(earlyHelpKeyworker(), "/api/people/{id}/consents", "no-such-person")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(
                                earlyHelpKeyworker(),
                                "/api/people/{id}/consents/{consent}/withdrawal",
                                Map.of("reason", "Gone"),
                                "no-such-person",
                                "no-such-consent")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theLeadProfessionalIsToldOfConsentsEndingWithinAMonth() {
        String stephen = stephenWithTeam(this, housingOfficer());
        String family = get(earlyHelpKeyworker(), "/api/people/{id}", stephen)
                .getBody()
                .at("/families/0/familyId")
                .asText();
        long version = get(earlyHelpManager(), "/api/families/{id}", family)
                .getBody()
                .get("version")
                .asLong();
        ok(
                earlyHelpManager(),
                "/api/families/{id}/lead-professional",
                Map.of("userId", earlyHelpKeyworker().userId(), "expectedVersion", version),
                family);
        String endingSoon = ok(earlyHelpKeyworker(), "/api/people/{id}/consents", endingIn(10), stephen);
        ok(earlyHelpKeyworker(), "/api/people/{id}/consents", endingIn(60), stephen);
        String withdrawn = ok(earlyHelpKeyworker(), "/api/people/{id}/consents", endingIn(5), stephen);
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/consents/{c}/withdrawal",
                Map.of("reason", "Stephen changed his mind"),
                stephen,
                withdrawn);

        JsonNode leads =
                get(earlyHelpKeyworker(), "/api/caseload", new Object[0]).getBody();
        JsonNode teamMembers =
                get(housingOfficer(), "/api/caseload", new Object[0]).getBody();

        assertThat(leads.get("expiringConsents").findValuesAsText("consentId")).containsExactly(endingSoon);
        assertThat(leads.at("/expiringConsents/0/daysLeft").asInt()).isEqualTo(10);
        assertThat(leads.at("/expiringConsents/0/summary").asText())
                .isEqualTo("Southampton City Council Housing can see employment and benefits information until "
                        + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                                .format(java.time.LocalDate.parse(days(10)))
                        + ", to support the family.");
        assertThat(teamMembers.get("expiringConsents"))
                .as("only the lead is asked to renew")
                .isEmpty();
    }

    private static Map<String, Object> endingIn(int days) {
        Map<String, Object> body = new HashMap<>(stephenLetsHousingSeeBenefits());
        body.put("validUntil", days(days));
        return body;
    }

    private String registerStephen() {
        return ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Stephen", "familyName", "Walker", "dateOfBirth", "2012-02-09"));
    }

    /** Stephen's mother lets Housing see his employment and benefits information for a year. */
    private static Map<String, Object> housingMaySeeBenefits() {
        Map<String, Object> body = new HashMap<>(stephenLetsHousingSeeBenefits());
        body.put("givenBy", "PARENT_OR_GUARDIAN");
        body.put("giverName", "Carol Walker (mother)");
        return body;
    }

    /** Stephen, an adult, lets Housing see his employment and benefits information for a year. */
    private static Map<String, Object> stephenLetsHousingSeeBenefits() {
        return Map.of(
                "givenBy", "THE_PERSON",
                "recipients", List.of("southampton-housing"),
                "categories", List.of("EMPLOYMENT_AND_BENEFITS"),
                "purpose", "FAMILY_SUPPORT",
                "validUntil", days(365),
                "evidence", "SIGNED_FORM",
                "evidenceNote", "Form on the early help file");
    }

    private JsonNode consents(uk.joinedup.caseservice.agency.Actor viewer, String personId) {
        ResponseEntity<JsonNode> response = get(viewer, "/api/people/{id}/consents", personId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private List<String> kinds(uk.joinedup.caseservice.agency.Actor viewer, String personId) {
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
