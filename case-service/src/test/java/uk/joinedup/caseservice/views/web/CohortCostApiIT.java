package uk.joinedup.caseservice.views.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.TeamsAroundFamilies;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.disclosure.Discloses;

/**
 * A team manager's cohort costs through the real API with real tokens: a family whose case opened 400 days ago is
 * costed in the year before and the year after from the facts the manager may see for measuring outcomes (the
 * police's report only once an agreement shares it), beside its budget's spend and the keyworkers' time in the year
 * after; a family opened 60 days ago is too recent to compare; keyworkers are refused and other agencies' managers
 * never see the family.
 */
class CohortCostApiIT extends ApiIntegrationTest {

    private static final String COHORT = "/api/costs/cohort";
    private static final String CSV = COHORT + ".csv";

    @Test
    @Discloses(COHORT)
    @Discloses(CSV)
    void comparesAFamilysCostBeforeAndAfterItsCaseOpenedFromTheFactsTheManagerMaySee() {
        Opened family = familyOpened400DaysAgo("Cohort Moss family");
        String recent = TeamsAroundFamilies.caseWithPlan(this, "Cohort Recent").familyId();
        awaitReadModels();

        JsonNode cohort = get(earlyHelpManager(), COHORT).getBody();
        JsonNode ours = rowOf(cohort, family.id());
        assertThat(ours.get("openedOn").asText()).isEqualTo(days(-400));
        assertThat(ours.get("before").decimalValue())
                .as("early help's incident the day before it opened; not the police's, nor one over a year before")
                .isEqualByComparingTo("700");
        assertThat(ours.get("after").decimalValue())
                .as("the incident on the day it opened")
                .isEqualByComparingTo("900");
        BigDecimal keyworkerTime = cohort.get("keyworkerHourlyRate")
                .decimalValue()
                .multiply(cohort.get("keyworkerHoursPerWeek").decimalValue())
                .multiply(BigDecimal.valueOf(365))
                .divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
        assertThat(ours.get("support").decimalValue())
                .as("£250 spent in the year after, not the £50 since, and a year of keyworkers' time")
                .isEqualByComparingTo(keyworkerTime.add(new BigDecimal("250")));
        assertThat(cohort.get("families").findValuesAsText("familyId"))
                .as("opened 60 days ago")
                .doesNotContain(recent);
        assertThat(cohort.get("familiesTooRecent").asInt()).isPositive();
        assertThat(cohort.get("familiesWithFactsWithheld").asInt())
                .as("the police's report among them")
                .isPositive();
        assertThat(cohort.get("byAgency").findValuesAsText("bearer")).contains("Police");
        assertThat(cohort.get("before").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("700"));
        assertThat(cohort.get("unitCosts").findValuesAsText("source")).contains("Illustrative");
        assertThat(cohort.toString()).doesNotContain(family.policeFact());

        ResponseEntity<String> csv =
                as(earlyHelpManager()).get().uri(CSV).retrieve().toEntity(String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        assertThat(csv.getBody())
                .startsWith("family,familyId,openedOn,before,after,supportAfter\r\n")
                .contains("Cohort Moss family," + family.id() + "," + days(-400) + ",700.00,900.00,"
                        + keyworkerTime.add(new BigDecimal("250")).setScale(2, RoundingMode.HALF_UP));

        String agreement = policeShareOffendingWithEarlyHelpForOutcomes();
        try {
            assertThat(rowOf(get(earlyHelpManager(), COHORT).getBody(), family.id())
                            .get("before")
                            .decimalValue())
                    .as("the police's report counted once an agreement shares it")
                    .isEqualByComparingTo("1400");
        } finally {
            ok(
                    igOfficer(),
                    "/api/sharing-agreements/{id}/end",
                    Map.of("endsOn", days(-1), "reason", "The test is over"),
                    agreement);
        }
        assertThat(rowOf(get(earlyHelpManager(), COHORT).getBody(), family.id())
                        .get("before")
                        .decimalValue())
                .as("ended: withheld again")
                .isEqualByComparingTo("700");
    }

    @Test
    void refusesKeyworkersAndShowsOtherAgenciesManagersNothingOfTheFamily() {
        Opened family = familyOpened400DaysAgo("Cohort Nunn family");
        awaitReadModels();

        for (String route : List.of(COHORT, CSV)) {
            assertThat(get(earlyHelpKeyworker(), route).getStatusCode().value())
                    .as("a keyworker: " + route)
                    .isEqualTo(403);
        }
        JsonNode police = get(policeManager(), COHORT).getBody();
        assertThat(police.get("families").findValuesAsText("familyId"))
                .as("the police are not involved in the case")
                .doesNotContain(family.id());
        assertThat(anonymous()
                        .get()
                        .uri(COHORT)
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    /**
     * A family whose case opened 400 days ago, led by the early help keyworker with a plan and a budget: early help
     * recorded an incident a year and a day before the opening, one the day before (£700) and one on the day (a
     * domestic abuse incident, £900); the police one 20 days before, which early help may not see for outcomes. Its
     * budget spent £250 200 days ago and £50 ten days ago.
     */
    private Opened familyOpened400DaysAgo(String name) {
        String parent = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Nia", "familyName", "Moss", "dateOfBirth", "1985-04-05"));
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", name));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", parent, "relationship", "PARENT", "joinedOn", days(-800)),
                family);
        fact(earlyHelpKeyworker(), parent, days(-766), "AntiSocialBehaviourReported", Map.of("description", "Noise"));
        fact(earlyHelpKeyworker(), parent, days(-401), "AntiSocialBehaviourReported", Map.of("description", "Noise"));
        fact(earlyHelpKeyworker(), parent, days(-400), "DomesticAbuseIncidentReported", Map.of("risk", "MEDIUM"));
        String police = fact(
                policeOfficer(), parent, days(-420), "AntiSocialBehaviourReported", Map.of("description", "Damage"));
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER"), "receivedOn", days(-402)),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", earlyHelpKeyworker().userId()), "acceptedOn", days(-400)),
                family,
                referral);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/lead-professional",
                Map.of("userId", earlyHelpKeyworker().userId(), "appointedOn", days(-399)),
                family);
        String goal = planOfOneGoal(family);
        String allocation = ok(
                earlyHelpManager(),
                "/api/families/{id}/budget/allocations",
                Map.of(
                        "source",
                        "TROUBLED_FAMILIES_GRANT",
                        "amount",
                        new BigDecimal("500"),
                        "from",
                        days(-395),
                        "until",
                        days(-5)),
                family);
        String commitment = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/budget/commitments",
                Map.of(
                        "allocationId",
                        allocation,
                        "provider",
                        "Solent Parenting",
                        "purpose",
                        "Parenting course",
                        "goalId",
                        goal,
                        "amount",
                        new BigDecimal("300"),
                        "committedOn",
                        days(-390)),
                family);
        for (Map.Entry<String, String> spend :
                Map.of("250", days(-200), "50", days(-10)).entrySet()) {
            ok(
                    earlyHelpKeyworker(),
                    "/api/families/{id}/budget/commitments/{c}/spend",
                    Map.of("amount", new BigDecimal(spend.getKey()), "spentOn", spend.getValue()),
                    family,
                    commitment);
        }
        return new Opened(family, police);
    }

    private String planOfOneGoal(String family) {
        List<Map<String, Object>> needs = new ArrayList<>();
        for (String domain : List.of("FAMILY", "EDUCATION", "OFFENDING", "WORK", "HEALTH", "HOUSING", "MONEY")) {
            needs.add(Map.of("domain", domain, "score", 2, "evidence", "What the family said"));
        }
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/assessments",
                Map.of("needs", needs, "completedOn", days(-396)),
                family);
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/plan",
                Map.of(
                        "goals",
                        List.of(Map.of(
                                "need",
                                "FAMILY",
                                "description",
                                "Calmer home",
                                "actions",
                                List.of(Map.of(
                                        "description",
                                        "Parenting course",
                                        "ownerAgency",
                                        "southampton-early-help",
                                        "dueOn",
                                        days(30))))),
                        "nextReviewOn",
                        days(42),
                        "agreedOn",
                        days(-394)),
                family);
        return get(earlyHelpKeyworker(), "/api/families/{id}", family)
                .getBody()
                .at("/plan/goals/0/goalId")
                .asText();
    }

    private String policeShareOffendingWithEarlyHelpForOutcomes() {
        return ok(
                igOfficer(),
                "/api/sharing-agreements",
                Map.of(
                        "title", "Measuring outcomes with early help",
                        "parties",
                                List.of(
                                        Map.of("agency", "hampshire-police"),
                                        Map.of("agency", "southampton-early-help")),
                        "categories", List.of("OFFENDING"),
                        "purposes", List.of("OUTCOMES"),
                        "lawfulBases", List.of("PUBLIC_TASK"),
                        "startsOn", days(-1),
                        "reviewOn", days(365)));
    }

    private String fact(Actor by, String person, String on, String type, Map<String, Object> fields) {
        Map<String, Object> fact = new HashMap<>(fields);
        fact.put("type", type);
        ResponseEntity<JsonNode> recorded =
                post(by, "/api/people/{id}/facts", Map.of("occurredOn", on, "fact", fact), person);
        if (!recorded.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("fact answered " + recorded.getStatusCode() + ": " + recorded.getBody());
        }
        return recorded.getBody().get("id").asText();
    }

    private static JsonNode rowOf(JsonNode cohort, String familyId) {
        for (JsonNode row : cohort.get("families")) {
            if (row.get("familyId").asText().equals(familyId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + familyId + " in " + cohort);
    }

    /** A family, and the id of the police's fact early help may not see. */
    private record Opened(String id, String policeFact) {}
}
