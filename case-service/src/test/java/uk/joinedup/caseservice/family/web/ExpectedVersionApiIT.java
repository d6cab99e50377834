package uk.joinedup.caseservice.family.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.TeamsAroundFamilies;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Every change that decides on what the user saw of a family or person needs the version they saw: without
 * it 400 naming the field, with a stale one 409, and nothing stored either way. Two people deciding at once
 * on the same version: one wins, the other is told the family changed.
 */
class ExpectedVersionApiIT extends ApiIntegrationTest {

    private static final List<String> FAMILY_DECISIONS = List.of(
            "/api/families/{id}/members",
            "/api/families/{id}/members/any-person/departure",
            "/api/families/{id}/referrals/any-referral/acceptance",
            "/api/families/{id}/referrals/any-referral/decline",
            "/api/families/{id}/team",
            "/api/families/{id}/team/requests/any-user/approval",
            "/api/families/{id}/team/requests/any-user/decline",
            "/api/families/{id}/team/any-user/departure",
            "/api/families/{id}/lead-professional",
            "/api/families/{id}/lead-professional/handover",
            "/api/families/{id}/plan",
            "/api/families/{id}/closure",
            "/api/families/{id}/reopening");

    @TestFactory
    Stream<DynamicTest> aFamilyDecisionWithoutTheVersionSeenIsInvalidAndStoresNothing() {
        String family = ledFamily();
        return FAMILY_DECISIONS.stream()
                .map(path -> DynamicTest.dynamicTest(path, () -> {
                    long before = versionOf(family);
                    ResponseEntity<JsonNode> response = postAsIs(earlyHelpManager(), path, Map.of(), family);
                    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(fieldMessage(response, "expectedVersion"))
                            .isEqualTo("Send the version of the family you saw (expectedVersion, from GET"
                                    + " /api/families/{familyId})");
                    assertThat(versionOf(family)).isEqualTo(before);
                }));
    }

    @Test
    void twoHandoversOnTheSameVersionAtOnceGiveOneHandoverAndOneConflict() throws Exception {
        String family = ledFamily();
        for (int round = 0; round < 5; round++) {
            long seen = versionOf(family);
            String lead = lead(family);
            List<String> others = new ArrayList<>(List.of(
                    earlyHelpKeyworker().userId(),
                    jobcentreAdviser().userId(),
                    housingOfficer().userId()));
            others.remove(lead);
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<HttpStatusCode>> handovers = others.stream()
                    .map(to -> CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return post(
                                        earlyHelpManager(),
                                        "/api/families/{id}/lead-professional/handover",
                                        Map.of("toUserId", to, "note", "Over to " + to, "expectedVersion", seen),
                                        family)
                                .getStatusCode();
                    }))
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpStatusCode> handover : handovers) {
                statuses.add(handover.get().value());
            }
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(204, 409);
            assertThat(versionOf(family)).as("one handover stored").isEqualTo(seen + 1);
        }
    }

    @Test
    void aStaleVersionIsAConflictAndStoresNothing() {
        String family = ledFamily();
        long seen = versionOf(family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/team",
                Map.of("username", probationKeyworker().userId(), "expectedVersion", seen),
                family);
        long now = versionOf(family);

        ResponseEntity<JsonNode> stale = post(
                earlyHelpManager(),
                "/api/families/{id}/team/{u}/departure",
                Map.of("expectedVersion", seen),
                family,
                jobcentreAdviser().userId());

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(versionOf(family)).isEqualTo(now);
    }

    @Test
    void recordingADeathNeedsTheVersionOfTheRecordSeen() {
        String person = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Tony", "familyName", "Walker", "dateOfBirth", "1960-05-01"));

        ResponseEntity<JsonNode> missing =
                postAsIs(earlyHelpKeyworker(), "/api/people/{id}/death", Map.of("dateOfDeath", "2025-01-01"), person);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldMessage(missing, "expectedVersion")).startsWith("Send the version of the record you saw");

        ok(earlyHelpKeyworker(), "/api/people/{id}/facts", caseNote(), person);
        ResponseEntity<JsonNode> stale = post(
                earlyHelpKeyworker(),
                "/api/people/{id}/death",
                Map.of("dateOfDeath", "2025-01-01", "expectedVersion", 0),
                person);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(versionOf(person)).isEqualTo(1);
    }

    /** A family with an open case led by the early help keyworker, the Jobcentre adviser on the team too. */
    private String ledFamily() {
        String family = TeamsAroundFamilies.openedFamily(this, "Walker family");
        for (Actor member : List.of(jobcentreAdviser(), housingOfficer())) {
            ok(earlyHelpManager(), "/api/families/{id}/team", Map.of("username", member.userId()), family);
        }
        ok(
                earlyHelpManager(),
                "/api/families/{id}/lead-professional",
                Map.of("userId", earlyHelpKeyworker().userId()),
                family);
        return family;
    }

    private String lead(String family) {
        return get(earlyHelpManager(), "/api/families/{id}", family)
                .getBody()
                .at("/lead/member/userId")
                .asText();
    }

    private static String fieldMessage(ResponseEntity<JsonNode> response, String field) {
        for (JsonNode error : response.getBody().path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        return null;
    }

    private static Map<String, Object> caseNote() {
        return Map.of("occurredOn", "2024-06-01", "fact", Map.of("type", "CaseNoteWritten", "text", "Home visit"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
