package uk.joinedup.caseservice.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;

/**
 * The bad data that used to be stored (issue 11), each now refused with a message for the field and nothing
 * stored: the event store's head does not move.
 */
class StrictInputApiIT extends ApiIntegrationTest {

    private static final Map<String, Object> STEPHEN =
            Map.of("givenNames", "Stephen", "familyName", "Walker", "dateOfBirth", "1984-02-09");

    @Test
    void aDateOfBirthOutsideAnyLifetimeIsInvalid() {
        assertInvalid(
                earlyHelpKeyworker(),
                "/api/people",
                json("{\"givenNames\":\"Stephen\",\"familyName\":\"Walker\",\"dateOfBirth\":\"-999999999-01-01\"}"),
                "dateOfBirth",
                "Enter a real date, between 1 January 1900 and 31 December 2199");
        assertInvalid(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Stephen", "familyName", "Walker", "dateOfBirth", "1899-12-31"),
                "dateOfBirth",
                "Enter a real date, between 1 January 1900 and 31 December 2199");
    }

    @Test
    void aDeathOnAnAbsurdDateIsInvalid() {
        String person = ok(earlyHelpKeyworker(), "/api/people", STEPHEN);
        assertInvalid(
                earlyHelpKeyworker(),
                "/api/people/{id}/death",
                json("{\"dateOfDeath\":\"-999999999-01-01\",\"expectedVersion\":0}"),
                "dateOfDeath",
                "Enter a real date, between 1 January 1900 and 31 December 2199",
                person);
    }

    @Test
    void aNameSentAsANumberIsInvalid() {
        assertInvalid(
                earlyHelpKeyworker(),
                "/api/people",
                json("{\"givenNames\":12345,\"familyName\":\"Walker\",\"dateOfBirth\":\"1984-02-09\"}"),
                "givenNames",
                "Enter text");
    }

    @Test
    void aFieldTheRequestDoesNotTakeIsInvalid() {
        assertInvalid(
                earlyHelpKeyworker(),
                "/api/families",
                Map.of("name", "Walker family", "agency", "southampton-police"),
                "agency",
                "This field is not part of the request: leave it out");
    }

    @Test
    void aFieldGivenTwiceIsInvalid() {
        long head = eventStoreHead();
        ResponseEntity<JsonNode> response = postAsIs(
                earlyHelpKeyworker(), "/api/families", json("{\"name\":\"Walker family\",\"name\":\"Smith family\"}"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).isEqualTo("A field is given twice: send each field once");
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void attendanceThatWouldOverflowIsInvalid() {
        String pupil = ok(jobcentreAdviser(), "/api/people", STEPHEN);
        ResponseEntity<JsonNode> response = post(
                earlyHelpKeyworker(), // the fields are checked before who may record it
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2025-12-19",
                        "fact",
                        Map.of(
                                "type",
                                "TermAttendanceRecorded",
                                "academicYear",
                                "2025/26",
                                "term",
                                "AUTUMN",
                                "sessionsPossible",
                                150,
                                "authorisedAbsences",
                                Integer.MAX_VALUE,
                                "unauthorisedAbsences",
                                Integer.MAX_VALUE)),
                pupil);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("message"))
                .contains("Authorised absences must be 200 or fewer", "Unauthorised absences must be 200 or fewer");
    }

    @Test
    void aNumberLeftOutIsInvalidRatherThanZero() {
        String pupil = ok(jobcentreAdviser(), "/api/people", STEPHEN);
        assertInvalid(
                earlyHelpKeyworker(), // the fields are checked before who may record it
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2025-12-19",
                        "fact",
                        Map.of(
                                "type", "TermAttendanceRecorded",
                                "academicYear", "2025/26",
                                "term", "AUTUMN",
                                "sessionsPossible", 150,
                                "unauthorisedAbsences", 4)),
                "fact.authorisedAbsences",
                "Enter a whole number",
                pupil);
    }

    @Test
    void aUniquePupilNumberOfNoLocalAuthorityIsInvalid() {
        for (String upn : List.of("E000200005001", "G100200005001")) {
            assertInvalid(
                    earlyHelpKeyworker(),
                    "/api/people",
                    Map.of(
                            "givenNames", "Liam",
                            "familyName", "Walker",
                            "dateOfBirth", "2015-06-01",
                            "uniquePupilNumber", upn),
                    "uniquePupilNumber",
                    "Unique pupil number is not valid: characters 2 to 4 are not a local authority's code");
        }
    }

    @Test
    void aUniquePupilNumberPastedWithNonBreakingSpacesIsStoredWithout() {
        String liam = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of(
                        "givenNames", "Liam",
                        "familyName", "Walker",
                        "dateOfBirth", "2015-06-01",
                        "uniquePupilNumber", "\u00A0H801\u00A0200001001\u202F"));
        assertThat(get(earlyHelpKeyworker(), "/api/people/{id}", liam).getBody().toString())
                .contains("\"H801200001001\"");
    }

    @Test
    void aHouseholdMemberMustBeRegistered() {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Walker family"));
        long head = eventStoreHead();
        ResponseEntity<JsonNode> response = post(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", "nobody-registered", "relationship", "CHILD"),
                family);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("code").asText()).isEqualTo("person-not-registered");
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void aPlanActionMustBeOwnedByAnAgencyOnTheTeam() {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Walker family"));
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER")),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", earlyHelpKeyworker().userId())),
                family,
                referral);
        ok(earlyHelpKeyworker(), "/api/families/{id}/assessments", Map.of("needs", needs()), family);
        long head = eventStoreHead();

        ResponseEntity<JsonNode> response = post(
                earlyHelpKeyworker(),
                "/api/families/{id}/plan",
                Map.of(
                        "goals",
                        List.of(Map.of(
                                "need",
                                "EDUCATION",
                                "description",
                                "Liam in school every day",
                                "actions",
                                List.of(Map.of(
                                        "description",
                                        "Anything",
                                        "ownerAgency",
                                        "any-agency-at-all",
                                        "dueOn",
                                        "2030-01-01")))),
                        "nextReviewOn",
                        "2030-02-01"),
                family);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("code").asText()).isEqualTo("action-owner-not-on-team");
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    private void assertInvalid(Actor actor, String path, Object body, String field, String message, Object... ids) {
        long head = eventStoreHead();
        ResponseEntity<JsonNode> response = postAsIs(actor, path, body, ids);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("errors").toString())
                .as("the field and its message")
                .contains("\"field\":\"" + field + "\"", "\"message\":\"" + message + "\"");
        assertThat(eventStoreHead()).as("nothing stored").isEqualTo(head);
    }

    /** A body sent exactly as written (a String goes out as it is). */
    private static Object json(String text) {
        return text;
    }

    private static List<Map<String, Object>> needs() {
        return List.of("FAMILY", "EDUCATION", "OFFENDING", "WORK", "HEALTH", "HOUSING", "MONEY").stream()
                .map(domain -> Map.<String, Object>of(
                        "domain", domain, "score", domain.equals("EDUCATION") ? 3 : 0, "evidence", "Seen"))
                .toList();
    }
}
