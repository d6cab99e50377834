package uk.joinedup.caseservice.outcomes.overview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.policeManager;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.disclosure.Discloses;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

/**
 * The caseload overview through the real API: a team manager's team and agency figures as JSON and CSV,
 * counts only, refused to anyone else. OverviewFigures are compared with those before the test's own families,
 * as the store is shared by the class.
 */
class OverviewApiIT extends ApiIntegrationTest {

    private static final String OVERVIEW = "/api/outcomes/caseload-overview";
    private static final List<String> ROUTES =
            List.of(OVERVIEW, OVERVIEW + "/now.csv", OVERVIEW + "/quarters.csv", OVERVIEW + "/keyworkers.csv");

    @Test
    @Discloses(OVERVIEW)
    @Discloses(OVERVIEW + "/now.csv")
    @Discloses(OVERVIEW + "/quarters.csv")
    @Discloses(OVERVIEW + "/keyworkers.csv")
    void showsATeamManagerTheFiguresOfTheirTeamAndAgencyWithoutNamingAnyFamily() {
        JsonNode before = overview(earlyHelpManager());
        JsonNode policeBefore = overview(policeManager());

        // Sam is in the manager's team (Early Help Central); Lee is housing's
        openedFor(earlyHelpKeyworker(), "Overview Adams family");
        String led = openedFor(earlyHelpKeyworker(), "Overview Baker family");
        ok(earlyHelpManager(), "/api/families/{id}/lead-professional", Map.of("userId", "sam.patel"), led);
        String closed = openedFor(earlyHelpKeyworker(), "Overview Clark family");
        ok(
                earlyHelpManager(),
                "/api/families/{id}/closure",
                Map.of("reason", "FAMILY_MOVED_AWAY", "outcomeSummary", "Moved to Leeds"),
                closed);
        openedFor(housingOfficer(), "Overview Dawson family");

        ResponseEntity<JsonNode> response = get(earlyHelpManager(), OVERVIEW);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode after = response.getBody();
        String thisQuarter = Quarter.of(LocalDate.now()).toString();
        assertThat(after.get("quarters")).hasSize(4);
        assertThat(after.get("quarters").get(3).asText())
                .as("ending with the current quarter")
                .isEqualTo(thisQuarter);
        assertThat(after.at("/team/id").asText()).isEqualTo("early-help-central");
        assertThat(change(before, after, "/team/openCases"))
                .as("Adams and Baker")
                .isEqualTo(2);
        assertThat(change(before, after, "/team/openWithoutLeadProfessional"))
                .as("Adams")
                .isEqualTo(1);
        assertThat(change(before, after, "/team/byQuarter/3/newReferrals"))
                .as("not Dawson's")
                .isEqualTo(3);
        assertThat(change(before, after, "/team/byQuarter/3/closures"))
                .as("Clark")
                .isEqualTo(1);
        assertThat(after.at("/agency/name").asText()).isEqualTo("Southampton City Council Early Help");
        assertThat(change(before, after, "/agency/openCases"))
                .as("and Dawson, which early help registered")
                .isEqualTo(3);
        assertThat(change(before, after, "/agency/byQuarter/3/newReferrals")).isEqualTo(4);
        assertThat(after.get("keyworkers").findValuesAsText("name"))
                .as("the team's members, by name")
                .containsExactly("Mo Ahmed", "Sam Patel");
        assertThat(change(before, after, "/keyworkers/1/openCases")).isEqualTo(2);
        assertThat(change(before, after, "/keyworkers/1/leading")).isEqualTo(1);
        assertThat(after.toString()).as("counts only").doesNotContain("Overview ", "Leeds");

        JsonNode police = overview(policeManager());
        assertThat(police.at("/agency/openCases").asInt())
                .as("another agency's manager")
                .isEqualTo(policeBefore.at("/agency/openCases").asInt());

        ResponseEntity<String> csv = as(earlyHelpManager())
                .get()
                .uri(OVERVIEW + "/quarters.csv")
                .retrieve()
                .toEntity(String.class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment")
                .contains("caseload-by-quarter-")
                .contains(thisQuarter + ".csv");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("scope,quarter,firstDay,lastDay,newReferrals,closures");
        assertThat(lines)
                .as("four quarters for the team, then four for the agency")
                .hasSize(9)
                .anyMatch(line -> line.startsWith("early-help-central," + thisQuarter + ","))
                .anyMatch(line -> line.startsWith("Southampton City Council Early Help," + thisQuarter + ","));
        String keyworkers = as(earlyHelpManager())
                .get()
                .uri(OVERVIEW + "/keyworkers.csv")
                .retrieve()
                .body(String.class);
        assertThat(keyworkers.lines().toList()).first().isEqualTo("keyworker,openCases,leading");
        assertThat(keyworkers.lines().skip(1).map(line -> line.split(",")[0])).containsExactly("Mo Ahmed", "Sam Patel");
        String now = as(earlyHelpManager())
                .get()
                .uri(OVERVIEW + "/now.csv?from={from}&to={to}", "2026-Q1", "2026-Q2")
                .retrieve()
                .body(String.class);
        assertThat(now.lines().toList())
                .hasSize(3)
                .first()
                .isEqualTo("scope,asAt,openCases,openWithoutLeadProfessional,overdueReviews,overduePlanActions");
    }

    @Test
    void takesThePeriodAskedForAndRefusesOneThatCannotBe() {
        JsonNode period =
                get(earlyHelpManager(), OVERVIEW + "?from=2025-Q3&to=2026-Q1").getBody();
        assertThat(period.get("quarters").toString()).isEqualTo("[\"2025-Q3\",\"2025-Q4\",\"2026-Q1\"]");
        assertThat(period.at("/team/byQuarter/0/firstDay").asText()).isEqualTo("2025-07-01");
        assertThat(period.at("/team/byQuarter/2/lastDay").asText()).isEqualTo("2026-03-31");

        ResponseEntity<JsonNode> notAQuarter = get(earlyHelpManager(), OVERVIEW + "?from=2026-Q5&to=soon");
        assertThat(notAQuarter.getStatusCode().value()).isEqualTo(400);
        assertThat(notAQuarter.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("from", "to");
        assertThat(get(earlyHelpManager(), OVERVIEW + "/now.csv?from=2026-Q3&to=2026-Q1")
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(get(earlyHelpManager(), OVERVIEW + "?from=2024-Q1&to=2026-Q4")
                        .getBody()
                        .toString())
                .contains("at most 8 quarters");
    }

    @Test
    void refusesAnyoneWhoIsNotATeamManager() {
        for (Actor notAManager : List.of(earlyHelpKeyworker(), housingOfficer(), igOfficer())) {
            for (String route : ROUTES) {
                assertThat(get(notAManager, route).getStatusCode().value())
                        .as(notAManager.userId() + " " + route)
                        .isEqualTo(403);
            }
        }
        for (String route : ROUTES) {
            assertThat(anonymous()
                            .get()
                            .uri(route)
                            .retrieve()
                            .toBodilessEntity()
                            .getStatusCode()
                            .value())
                    .as("no token: " + route)
                    .isEqualTo(401);
        }
    }

    private JsonNode overview(Actor manager) {
        return get(manager, OVERVIEW).getBody();
    }

    private static int change(JsonNode before, JsonNode after, String pointer) {
        return after.at(pointer).asInt() - before.at(pointer).asInt();
    }

    /** A family registered by the early help keyworker, referred, accepted and allocated to the keyworker. */
    private String openedFor(Actor keyworker, String name) {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", name));
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER")),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", keyworker.userId())),
                family,
                referral);
        return family;
    }
}
