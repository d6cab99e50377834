package uk.joinedup.caseservice.family.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.disclosure.Discloses;
import uk.joinedup.caseservice.infrastructure.security.TestIssuer;

/**
 * Who may change who is involved with a family, over real HTTP with real tokens and the stand-in staff
 * directory: each finding of issue 9's tester reproduced, and shown closed. The Hill family is led by
 * Sam (early help); Dee (Jobcentre) is on its team; Ray, the neighbourhood police officer, is not.
 */
class InvolvementApiIT extends ApiIntegrationTest {

    /** Early help's note about Deborah: nobody outside the team sees even that it is there to withhold. */
    private static final String CONFIDENTIAL = "Seen at home: confidential to the team.";

    @Test
    @Discloses("/api/caseload")
    void thePoliceOfficerCanOnlyAskToJoinAndSeesNothingUntilTheLeadApproves() {
        Hills hills = hillFamily();

        ResponseEntity<JsonNode> joinedHimself =
                post(policeOfficer(), "/api/families/{id}/team/me", Map.of(), hills.id());
        assertThat(joinedHimself.getStatusCode().is2xxSuccessful())
                .as("no endpoint puts you on a team yourself")
                .isFalse();
        ResponseEntity<JsonNode> addedHimself =
                post(policeOfficer(), "/api/families/{id}/team", Map.of("username", "ray.hughes"), hills.id());
        assertRefused(addedHimself, "lead-or-manager-only");
        assertThat(family(policeOfficer(), hills.id()).toString()).doesNotContain(CONFIDENTIAL);

        ResponseEntity<JsonNode> withoutReason =
                post(policeOfficer(), "/api/families/{id}/team/requests", Map.of("reason", " "), hills.id());
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> withAgency = post(
                policeOfficer(),
                "/api/families/{id}/team/requests",
                Map.of(
                        "reason", "I attended the incident at the family's home",
                        // a name or agency in the body is refused: the token says who asks
                        "name", "Chief Constable",
                        "agency", "southampton-early-help"),
                hills.id());
        assertThat(withAgency.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withAgency.getBody().get("errors").findValuesAsText("message"))
                .containsOnly("This field is not part of the request: leave it out");
        ok(
                policeOfficer(),
                "/api/families/{id}/team/requests",
                Map.of(
                        "reason", "I attended the incident at the family's home",
                        "role", "Neighbourhood officer",
                        "contact", "101 ext 4411"),
                hills.id());
        JsonNode asked = family(policeOfficer(), hills.id());
        assertThat(asked.get("casework").asBoolean())
                .as("asking gives no access")
                .isFalse();
        assertThat(asked.toString()).doesNotContain(CONFIDENTIAL);
        assertThat(asked.at("/youMay/joinRequested").asBoolean()).isTrue();
        assertThat(asked.at("/youMay/askToJoin").asBoolean()).isFalse();
        assertRefused(
                post(policeOfficer(), "/api/families/{id}/team/requests", Map.of("reason", "Again"), hills.id()),
                "join-already-requested");
        assertRefused(
                post(
                        policeOfficer(),
                        "/api/families/{id}/team/requests/{u}/approval",
                        Map.of(),
                        hills.id(),
                        "ray.hughes"),
                "lead-or-manager-only");
        assertRefused(
                post(
                        jobcentreAdviser(),
                        "/api/families/{id}/team/requests/{u}/approval",
                        Map.of(),
                        hills.id(),
                        "ray.hughes"),
                "lead-or-manager-only");

        JsonNode request = get(earlyHelpKeyworker(), "/api/caseload")
                .getBody()
                .get("joinRequests")
                .get(0);
        assertThat(request.get("familyId").asText()).isEqualTo(hills.id());
        assertThat(request.get("userId").asText()).isEqualTo("ray.hughes");
        assertThat(request.get("name").asText()).isEqualTo("Ray Hughes");
        assertThat(request.get("agencyName").asText()).isEqualTo("Hampshire and Isle of Wight Constabulary");
        assertThat(request.get("reason").asText()).isEqualTo("I attended the incident at the family's home");
        JsonNode leadsView = family(earlyHelpKeyworker(), hills.id());
        assertThat(leadsView.get("joinRequests").findValuesAsText("userId")).containsExactly("ray.hughes");
        assertThat(leadsView.at("/youMay/manageTeam").asBoolean()).isTrue();
        assertThat(get(jobcentreAdviser(), "/api/caseload").getBody().get("joinRequests"))
                .as("only the lead's to decide")
                .isEmpty();
        assertThat(family(jobcentreAdviser(), hills.id()).get("joinRequests")).isEmpty();

        ok(earlyHelpKeyworker(), "/api/families/{id}/team/requests/{u}/approval", Map.of(), hills.id(), "ray.hughes");

        JsonNode joined = family(policeOfficer(), hills.id());
        assertThat(joined.get("casework").asBoolean()).isTrue();
        assertThat(joined.get("team").findValuesAsText("userId")).contains("sam.patel", "dee.walsh", "ray.hughes");
        JsonNode ray = member(joined, "ray.hughes");
        assertThat(ray.get("agency").asText()).isEqualTo("hampshire-police");
        assertThat(ray.get("name").asText()).isEqualTo("Ray Hughes");
        assertThat(ray.get("role").asText()).isEqualTo("Neighbourhood officer");
        assertThat(get(earlyHelpKeyworker(), "/api/caseload").getBody().get("joinRequests"))
                .isEmpty();
    }

    @Test
    @Discloses("/api/cases/without-lead-professional")
    @Discloses("/api/referrals/awaiting-decision")
    void theManagersInboxesShowNothingToAManagerOfAnAgencyNotInvolvedNorToKeyworkers() {
        Hills hills = hillFamily();
        String unled = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Unled family"));
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER")),
                unled);
        ok(earlyHelpManager(), "/api/families/{id}/referrals/{r}/acceptance", Map.of(), unled, referral);

        assertThat(allPages(earlyHelpManager(), "/api/cases/without-lead-professional", "familyId"))
                .contains(unled);
        assertThat(allPages(earlyHelpManager(), "/api/referrals/awaiting-decision", "familyId"))
                .contains(hills.id());
        // (other tests of this class may involve the police in their own families)
        for (Actor outsider : List.of(policeManager(), policeOfficer(), jobcentreAdviser())) {
            assertThat(allPages(outsider, "/api/cases/without-lead-professional", "familyId"))
                    .as(outsider.userId())
                    .doesNotContain(unled, hills.id());
            assertThat(allPages(outsider, "/api/referrals/awaiting-decision", "familyId"))
                    .as(outsider.userId())
                    .doesNotContain(unled, hills.id());
        }
        JsonNode outsidersCaseload = get(policeOfficer(), "/api/caseload").getBody();
        assertThat(outsidersCaseload.get("items").findValuesAsText("familyId")).doesNotContain(unled, hills.id());
        assertThat(outsidersCaseload.get("joinRequests").findValuesAsText("familyId"))
                .doesNotContain(unled, hills.id());
    }

    @Test
    void theLeadDeclinesARequestSayingWhyAndTheRequesterMayAskAgain() {
        Hills hills = hillFamily();
        ok(policeOfficer(), "/api/families/{id}/team/requests", Map.of("reason", "Bail conditions"), hills.id());

        ResponseEntity<JsonNode> noReason = post(
                earlyHelpKeyworker(),
                "/api/families/{id}/team/requests/{u}/decline",
                Map.of(),
                hills.id(),
                "ray.hughes");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/team/requests/{u}/decline",
                Map.of("reason", "The team already has a police contact"),
                hills.id(),
                "ray.hughes");

        JsonNode family = family(earlyHelpKeyworker(), hills.id());
        assertThat(family.get("joinRequests")).isEmpty();
        assertThat(family.get("team").findValuesAsText("userId")).doesNotContain("ray.hughes");
        assertThat(family.get("entries").findValuesAsText("kind")).contains("TeamJoinRequested", "TeamJoinDeclined");
        assertThat(family(policeOfficer(), hills.id()).at("/youMay/askToJoin").asBoolean())
                .isTrue();
    }

    @Test
    void aMemberIsNamedByUsernameOnlySoAMadeUpAgencyIsImpossible() {
        Hills hills = hillFamily();

        ResponseEntity<JsonNode> freeText = post(
                earlyHelpKeyworker(),
                "/api/families/{id}/team",
                Map.of(
                        "member",
                        Map.of(
                                "userId", "pc.madeup",
                                "name", "PC Made Up",
                                "agency", "hampshire-police",
                                "agencyName", "Hampshire and Isle of Wight Constabulary")),
                hills.id());
        assertThat(freeText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertRefused(
                post(earlyHelpKeyworker(), "/api/families/{id}/team", Map.of("username", "pc.madeup"), hills.id()),
                "not-in-staff-directory");
        assertThat(family(policeManager(), hills.id()).get("casework").asBoolean())
                .as("nobody of the police is involved")
                .isFalse();

        ResponseEntity<JsonNode> withAgency = post(
                earlyHelpKeyworker(),
                "/api/families/{id}/team",
                Map.of(
                        "username", "lee.morgan",
                        "name", "Someone Else",
                        "agency", "southampton-early-help",
                        "agencyName", "Early Help"),
                hills.id());
        assertThat(withAgency.getStatusCode())
                .as("a name or agency in the body is refused")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ok(earlyHelpKeyworker(), "/api/families/{id}/team", Map.of("username", "lee.morgan"), hills.id());
        JsonNode lee = member(family(earlyHelpKeyworker(), hills.id()), "lee.morgan");
        assertThat(lee.get("name").asText()).as("from the directory").isEqualTo("Lee Morgan");
        assertThat(lee.get("agency").asText()).isEqualTo("southampton-housing");
        assertThat(lee.get("agencyName").asText()).isEqualTo("Southampton City Council Housing");

        ResponseEntity<JsonNode> allocated = post(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", "nobody.known")),
                hills.id(),
                hills.secondReferral());
        assertRefused(allocated, "not-in-staff-directory");
    }

    @Test
    void onlyTheLeadOrACaseManagerTakesSomeoneElseOffTheTeamAndAnyoneMayLeave() {
        Hills hills = hillFamily();
        ok(earlyHelpKeyworker(), "/api/families/{id}/team", Map.of("username", "lee.morgan"), hills.id());

        assertRefused(
                post(jobcentreAdviser(), "/api/families/{id}/team/{u}/departure", Map.of(), hills.id(), "lee.morgan"),
                "lead-or-manager-only");
        assertRefused(
                post(policeOfficer(), "/api/families/{id}/team/{u}/departure", Map.of(), hills.id(), "dee.walsh"),
                "lead-or-manager-only");
        assertRefused(
                post(earlyHelpManager(), "/api/families/{id}/team/{u}/departure", Map.of(), hills.id(), "sam.patel"),
                "lead-must-hand-over-first");

        ok(jobcentreAdviser(), "/api/families/{id}/team/{u}/departure", Map.of(), hills.id(), "dee.walsh");
        ok(earlyHelpManager(), "/api/families/{id}/team/{u}/departure", Map.of(), hills.id(), "lee.morgan");
        assertThat(family(earlyHelpKeyworker(), hills.id()).get("team").findValuesAsText("userId"))
                .containsExactly("sam.patel");
    }

    @Test
    void onlyTheLeadOrACaseManagerChangesTheHouseholdAndOnlyWithRegisteredPeople() {
        Hills hills = hillFamily();
        String gary = ok(
                policeOfficer(),
                "/api/people",
                Map.of("givenNames", "Gary", "familyName", "Hill", "dateOfBirth", "1983-01-05"));

        assertRefused(
                post(
                        jobcentreAdviser(),
                        "/api/families/{id}/members",
                        Map.of("personId", gary, "relationship", "PARTNER"),
                        hills.id()),
                "lead-or-manager-only");
        assertRefused(
                post(
                        policeOfficer(),
                        "/api/families/{id}/members",
                        Map.of("personId", gary, "relationship", "PARTNER"),
                        hills.id()),
                "lead-or-manager-only");
        assertRefused(
                post(
                        jobcentreAdviser(),
                        "/api/families/{id}/members/{p}/departure",
                        Map.of("reason", "Moved out"),
                        hills.id(),
                        hills.deborah()),
                "lead-or-manager-only");
        assertRefused(
                post(
                        earlyHelpKeyworker(),
                        "/api/families/{id}/members",
                        Map.of("personId", "no-such-person", "relationship", "CHILD"),
                        hills.id()),
                "person-not-registered");

        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", gary, "relationship", "PARTNER"),
                hills.id());
        ok(
                earlyHelpManager(),
                "/api/families/{id}/members/{p}/departure",
                Map.of("reason", "Moved out"),
                hills.id(),
                gary);
        assertThat(get(earlyHelpKeyworker(), "/api/families/{id}", "no-such-family")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(
                                earlyHelpKeyworker(),
                                "/api/families/{id}/members",
                                Map.of("personId", gary, "relationship", "PARTNER"),
                                "no-such-family")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDirectoryThatIsDownIsAnsweredAsUnavailableNotAsAGuess() {
        Hills hills = hillFamily();
        TestIssuer.directoryDown(true);
        try {
            ResponseEntity<JsonNode> down =
                    post(earlyHelpKeyworker(), "/api/families/{id}/team", Map.of("username", "pat.kaur"), hills.id());
            assertThat(down.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(down.getBody().get("title").asText()).isEqualTo("Staff directory not available");
        } finally {
            TestIssuer.directoryDown(false);
        }
        ok(earlyHelpKeyworker(), "/api/families/{id}/team", Map.of("username", "pat.kaur"), hills.id());
        int lookUps = TestIssuer.directoryLookUps();
        ok(earlyHelpKeyworker(), "/api/families/{id}/team/{u}/departure", Map.of(), hills.id(), "pat.kaur");
        ok(earlyHelpKeyworker(), "/api/families/{id}/team", Map.of("username", "pat.kaur"), hills.id());
        assertThat(TestIssuer.directoryLookUps()).as("remembered for a while").isEqualTo(lookUps);
    }

    /** The Hill family: Deborah in the household, an open case led by Sam, Dee on the team, a second referral. */
    private Hills hillFamily() {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Hill family"));
        String deborah = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Deborah", "familyName", "Hill", "dateOfBirth", "1987-11-12"));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", deborah, "relationship", "PARENT"),
                family);
        String referral = ok(
                housingOfficer(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Rent arrears after domestic abuse", "riskFactors", List.of("DOMESTIC_ABUSE")),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", "sam.patel", "role", "Family keyworker")),
                family,
                referral);
        ok(earlyHelpManager(), "/api/families/{id}/lead-professional", Map.of("userId", "sam.patel"), family);
        ok(earlyHelpKeyworker(), "/api/families/{id}/team", Map.of("username", "dee.walsh"), family);
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                                .toString(),
                        "fact",
                        Map.of("type", "CaseNoteWritten", "text", CONFIDENTIAL)),
                deborah);
        String second = ok(
                housingOfficer(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Eviction notice", "riskFactors", List.of("HOUSING_AT_RISK")),
                family);
        return new Hills(family, deborah, second);
    }

    private record Hills(String id, String deborah, String secondReferral) {}

    private JsonNode family(Actor viewer, String familyId) {
        ResponseEntity<JsonNode> response = get(viewer, "/api/families/{id}", familyId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static JsonNode member(JsonNode family, String userId) {
        for (JsonNode member : family.get("team")) {
            if (member.get("userId").asText().equals(userId)) {
                return member;
            }
        }
        throw new AssertionError("Not on the team: " + userId);
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String code) {
        assertThat(response.getStatusCode())
                .as(String.valueOf(response.getBody()))
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("code").asText()).isEqualTo(code);
    }
}
