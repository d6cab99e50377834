package uk.joinedup.caseservice.views.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.disclosure.Discloses;

/**
 * Caseloads and inboxes through the real API, 50 a page: the keyworker's families, the people they
 * registered, the managers' inboxes and a team manager's view of their team's caseload.
 */
class CaseloadApiIT extends ApiIntegrationTest {

    @Test
    @Discloses("/api/caseload")
    void pagesAKeyworkersFamiliesFiftyAtATimeThoseNeedingAttentionFirst() {
        List<String> families = new ArrayList<>();
        for (int n = 0; n < 53; n++) {
            families.add(openedFor(probationKeyworker(), "Paged %02d family".formatted(n)));
        }
        // two led by Jo: nothing needs attention there, so they come last
        for (String led : families.subList(0, 2)) {
            ok(earlyHelpManager(), "/api/families/{id}/lead-professional", Map.of("userId", "jo.carter"), led);
        }

        JsonNode first = get(probationKeyworker(), "/api/caseload").getBody();
        JsonNode second = get(probationKeyworker(), "/api/caseload?page=2").getBody();

        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("totalResults").asLong()).isEqualTo(53);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(50);
        assertThat(first.get("items").findValuesAsText("needsLeadProfessional")).containsOnly("true");
        assertThat(first.get("items").findValuesAsText("name"))
                .as("needing attention, then by name")
                .isSorted()
                .startsWith("Paged 02 family");
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("items")).hasSize(3);
        assertThat(second.get("items").findValuesAsText("familyId")).endsWith(families.get(0), families.get(1));
        assertThat(second.get("items").findValuesAsText("youAreLead")).containsExactly("false", "true", "true");
        Set<String> shown = new LinkedHashSet<>(first.get("items").findValuesAsText("familyId"));
        shown.addAll(second.get("items").findValuesAsText("familyId"));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(families);

        assertThat(get(probationKeyworker(), "/api/caseload?page=3").getBody().get("items"))
                .as("past the last page")
                .isEmpty();
        JsonNode elsewhere = get(policeOfficer(), "/api/caseload").getBody();
        assertThat(elsewhere.get("items").findValuesAsText("familyId")).doesNotContainAnyElementsOf(families);
    }

    @Test
    void refusesAPageThatCannotExist() {
        for (String path : List.of(
                "/api/caseload?page=0",
                "/api/caseload?page=-1",
                "/api/caseload?page=first",
                "/api/people/registered-by-me?page=0",
                "/api/referrals/awaiting-decision?page=0",
                "/api/cases/without-lead-professional?page=x",
                "/api/caseload/team?page=0")) {
            ResponseEntity<JsonNode> refused = get(earlyHelpManager(), path);

            assertThat(refused.getStatusCode().value()).as(path).isEqualTo(400);
            assertThat(refused.getBody().at("/errors/0/field").asText())
                    .as(path)
                    .isEqualTo("page");
        }
        ResponseEntity<JsonNode> badStatus = get(earlyHelpManager(), "/api/caseload/team?status=PENDING");
        assertThat(badStatus.getStatusCode().value()).isEqualTo(400);
        assertThat(badStatus.getBody().at("/errors/0/field").asText()).isEqualTo("status");
    }

    @Test
    @Discloses("/api/people/registered-by-me")
    void pagesThePeopleYouRegisteredNewestFirst() {
        List<String> registered = new ArrayList<>();
        for (int n = 0; n < 51; n++) {
            registered.add(ok(
                    probationKeyworker(),
                    "/api/people",
                    Map.of(
                            "givenNames",
                            "Person" + (char) ('a' + n % 26),
                            "familyName",
                            "Registered" + n,
                            "dateOfBirth",
                            "1990-01-01")));
        }

        JsonNode first =
                get(probationKeyworker(), "/api/people/registered-by-me").getBody();
        JsonNode second =
                get(probationKeyworker(), "/api/people/registered-by-me?page=2").getBody();

        // (the store is shared with other test classes, in which Jo may have registered people before)
        assertThat(first.get("totalResults").asLong()).isGreaterThanOrEqualTo(51);
        assertThat(first.get("totalPages").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("items")).hasSize(50);
        assertThat(first.get("items").get(0).get("personId").asText()).isEqualTo(registered.get(50));
        assertThat(first.get("items").get(0).get("name").asText()).isEqualTo("Persony Registered50");
        assertThat(first.get("items").get(0).get("dateOfBirth").asText()).isEqualTo("1990-01-01");
        assertThat(first.get("items").get(0).has("registeredAt")).isTrue();
        assertThat(second.get("items").findValuesAsText("personId")).startsWith(registered.get(0));
        assertThat(get(jobcentreAdviser(), "/api/people/registered-by-me")
                        .getBody()
                        .get("items")
                        .findValuesAsText("personId"))
                .as("someone else's registrations")
                .doesNotContainAnyElementsOf(registered);
        assertThat(get(igOfficer(), "/api/people/registered-by-me").getBody().get("items"))
                .isEmpty();
    }

    @Test
    @Discloses("/api/cases/without-lead-professional")
    @Discloses("/api/referrals/awaiting-decision")
    void pagesTheManagersInboxes() {
        Set<String> referrals = new LinkedHashSet<>();
        for (int n = 0; n < 51; n++) {
            String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Inbox %02d family".formatted(n)));
            referrals.add(referral(family));
        }

        List<String> shown = new ArrayList<>();
        JsonNode first =
                get(earlyHelpManager(), "/api/referrals/awaiting-decision").getBody();
        int pages = first.get("totalPages").asInt();
        assertThat(first.get("items")).hasSize(50);
        assertThat(first.get("totalResults").asLong()).isGreaterThanOrEqualTo(51);
        for (int page = 1; page <= pages; page++) {
            shown.addAll(get(earlyHelpManager(), "/api/referrals/awaiting-decision?page={page}", page)
                    .getBody()
                    .get("items")
                    .findValuesAsText("referralId"));
        }
        assertThat(shown).doesNotHaveDuplicates().containsAll(referrals);
        assertThat(get(earlyHelpKeyworker(), "/api/referrals/awaiting-decision")
                        .getBody()
                        .get("totalResults")
                        .asLong())
                .as("not a manager")
                .isZero();
        assertThat(get(policeManager(), "/api/referrals/awaiting-decision")
                        .getBody()
                        .get("items")
                        .findValuesAsText("referralId"))
                .as("a manager of an agency not involved")
                .doesNotContainAnyElementsOf(referrals);

        List<String> unled = new ArrayList<>();
        for (int n = 0; n < 51; n++) {
            unled.add(openedFor(jobcentreAdviser(), "Unled %02d family".formatted(n)));
        }
        JsonNode unledFirst =
                get(earlyHelpManager(), "/api/cases/without-lead-professional").getBody();
        assertThat(unledFirst.get("items")).hasSize(50);
        List<String> unledShown = new ArrayList<>();
        for (int page = 1; page <= unledFirst.get("totalPages").asInt(); page++) {
            unledShown.addAll(get(earlyHelpManager(), "/api/cases/without-lead-professional?page={page}", page)
                    .getBody()
                    .get("items")
                    .findValuesAsText("familyId"));
        }
        assertThat(unledShown).doesNotHaveDuplicates().containsAll(unled);
        assertThat(get(policeManager(), "/api/cases/without-lead-professional")
                        .getBody()
                        .get("items")
                        .findValuesAsText("familyId"))
                .doesNotContainAnyElementsOf(unled);
        for (String inbox : List.of("/api/cases/without-lead-professional", "/api/referrals/awaiting-decision")) {
            assertThat(allPages(policeManager(), inbox, "familyId"))
                    .as("a manager's inbox counts only the cases their agency is involved in: " + inbox)
                    .hasSize(get(policeManager(), inbox)
                            .getBody()
                            .get("totalResults")
                            .asInt());
        }
    }

    @Test
    @Discloses("/api/caseload/team")
    void showsATeamManagerTheirTeamsCasesMostNeedingAttentionFirst() {
        // Sam and Mo are Early Help Central; Lee is in housing's team
        String unled = openedFor(earlyHelpKeyworker(), "Team Adams family");
        String led = openedFor(earlyHelpKeyworker(), "Team Baker family");
        ok(earlyHelpManager(), "/api/families/{id}/lead-professional", Map.of("userId", "sam.patel"), led);
        String referredAgain = openedFor(earlyHelpKeyworker(), "Team Clark family");
        ok(earlyHelpManager(), "/api/families/{id}/lead-professional", Map.of("userId", "sam.patel"), referredAgain);
        referral(referredAgain);
        String closed = openedFor(earlyHelpKeyworker(), "Team Evans family");
        ok(
                earlyHelpManager(),
                "/api/families/{id}/closure",
                Map.of("reason", "FAMILY_MOVED_AWAY", "outcomeSummary", "Moved to Leeds"),
                closed);
        String housings = openedFor(housingOfficer(), "Team Dawson family");

        JsonNode team = get(earlyHelpManager(), "/api/caseload/team").getBody();

        assertThat(team.get("team").asText()).isEqualTo("early-help-central");
        assertThat(team.get("keyworkers").findValuesAsText("userId")).containsExactly("mo.ahmed", "sam.patel");
        List<String> ours = ids(team).stream()
                .filter(id ->
                        List.of(unled, led, referredAgain, closed, housings).contains(id))
                .toList();
        assertThat(ours)
                .as("no lead, then a referral awaiting, then nothing; not the closed case")
                .containsExactly(unled, referredAgain, led);
        JsonNode adams = team.get("items").get(ids(team).indexOf(unled));
        assertThat(adams.at("/summary/name").asText()).isEqualTo("Team Adams family");
        assertThat(adams.at("/summary/needsLeadProfessional").asBoolean()).isTrue();
        assertThat(adams.get("keyworkers").findValuesAsText("name")).containsExactly("Sam Patel");
        assertThat(team.get("items")
                        .get(ids(team).indexOf(referredAgain))
                        .get("referralsAwaitingDecision")
                        .asInt())
                .isEqualTo(1);

        assertThat(ids(get(earlyHelpManager(), "/api/caseload/team?status=CLOSED")
                        .getBody()))
                .contains(closed)
                .doesNotContain(unled, led, referredAgain);
        assertThat(ids(get(earlyHelpManager(), "/api/caseload/team?status=OPEN").getBody()))
                .contains(unled, led, referredAgain)
                .doesNotContain(closed);
        assertThat(ids(get(earlyHelpManager(), "/api/caseload/team?keyworker=sam.patel")
                        .getBody()))
                .contains(unled, led, referredAgain);
        assertThat(ids(get(earlyHelpManager(), "/api/caseload/team?keyworker=mo.ahmed")
                        .getBody()))
                .doesNotContain(unled, led, referredAgain);
        assertThat(ids(get(earlyHelpManager(), "/api/caseload/team?keyworker=lee.morgan")
                        .getBody()))
                .as("not in the manager's team")
                .isEmpty();
        assertThat(ids(get(policeManager(), "/api/caseload/team").getBody()))
                .as("another team's manager")
                .doesNotContain(unled, led, referredAgain, housings);
        for (Actor notAManager : List.of(earlyHelpKeyworker(), housingOfficer(), igOfficer())) {
            assertThat(get(notAManager, "/api/caseload/team").getStatusCode().value())
                    .as(notAManager.userId())
                    .isEqualTo(403);
        }
    }

    /** A family registered by the early help keyworker, referred, accepted and allocated to the keyworker. */
    private String openedFor(Actor keyworker, String name) {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", name));
        String referral = referral(family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", keyworker.userId())),
                family,
                referral);
        return family;
    }

    private String referral(String family) {
        return ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER")),
                family);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsText("familyId");
    }
}
