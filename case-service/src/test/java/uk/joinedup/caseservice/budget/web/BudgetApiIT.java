package uk.joinedup.caseservice.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.caseWithPlan;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.TeamsAroundFamilies.CaseWithPlan;
import uk.joinedup.caseservice.disclosure.Discloses;

/**
 * The family budget over HTTP with real security: a team manager allocates, the lead professional commissions a
 * service for a plan goal and records spend, a cancellation releases what was not spent, and the family page and
 * the manager's spend by source show it to those who may see the casework; every refusal stores nothing.
 */
class BudgetApiIT extends ApiIntegrationTest {

    private static final String ALLOCATIONS = "/api/families/{id}/budget/allocations";
    private static final String COMMITMENTS = "/api/families/{id}/budget/commitments";

    @Test
    void theLeadProfessionalSpendsWhatATeamManagerAllocatedForAPlanGoal() {
        CaseWithPlan walker = caseWithPlan(this, "Budget");
        String allocation = ok(earlyHelpManager(), ALLOCATIONS, allocation("1000.00"), walker.familyId());
        String course = ok(
                earlyHelpKeyworker(), COMMITMENTS, commitment(allocation, walker.goalId(), "600"), walker.familyId());
        ok(
                earlyHelpKeyworker(),
                COMMITMENTS + "/{c}/spend",
                Map.of("amount", new BigDecimal("250.50"), "spentOn", days(-1)),
                walker.familyId(),
                course);

        JsonNode budget = family(earlyHelpKeyworker(), walker.familyId()).get("budget");
        assertThat(budget.get("allocated").decimalValue()).isEqualByComparingTo("1000");
        assertThat(budget.get("committed").decimalValue()).isEqualByComparingTo("600");
        assertThat(budget.get("spent").decimalValue()).isEqualByComparingTo("250.50");
        assertThat(budget.get("left").decimalValue()).isEqualByComparingTo("400");
        assertThat(budget.at("/allocations/0/approvedBy").asText()).isEqualTo("Mo Ahmed");
        assertThat(budget.at("/allocations/0/source").asText()).isEqualTo("TROUBLED_FAMILIES_GRANT");
        JsonNode bought = budget.at("/commitments/0");
        assertThat(bought.get("provider").asText()).isEqualTo("Solent Parenting");
        assertThat(bought.get("goal").asText()).isEqualTo("Liam in school every day");
        assertThat(bought.get("left").decimalValue()).isEqualByComparingTo("349.50");
        assertThat(bought.at("/spends/0/recordedBy").asText()).isEqualTo("Sam Patel");
        assertThat(budget.get("mayCommit").asBoolean()).isTrue();
        assertThat(budget.get("mayAllocate").asBoolean()).isFalse();
        assertThat(family(earlyHelpManager(), walker.familyId())
                        .at("/budget/mayAllocate")
                        .asBoolean())
                .isTrue();

        ResponseEntity<JsonNode> tooMuch = post(
                earlyHelpKeyworker(),
                COMMITMENTS,
                commitment(allocation, walker.goalId(), "400.01"),
                walker.familyId());
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(tooMuch.getBody().get("code").asText()).isEqualTo("not-enough-left");
        assertThat(tooMuch.getBody().get("detail").asText()).contains("£400.00");

        ok(
                earlyHelpKeyworker(),
                COMMITMENTS + "/{c}/cancellation",
                Map.of("reason", "Liam's school runs the course instead"),
                walker.familyId(),
                course);
        JsonNode cancelled = family(earlyHelpKeyworker(), walker.familyId()).get("budget");
        assertThat(cancelled.get("committed").decimalValue()).isEqualByComparingTo("250.50");
        assertThat(cancelled.get("left").decimalValue()).isEqualByComparingTo("749.50");
        assertThat(cancelled.at("/commitments/0/cancellation/released").decimalValue())
                .isEqualByComparingTo("349.50");
        assertThat(cancelled.at("/allocations/0/left").decimalValue()).isEqualByComparingTo("749.50");

        JsonNode spend = get(earlyHelpManager(), "/api/budgets/spend-by-source").getBody();
        JsonNode ours = row(spend.get("families"), walker.familyId());
        assertThat(ours.get("familyName").asText()).isEqualTo(walker.name());
        assertThat(ours.at("/amounts/spent").decimalValue()).isEqualByComparingTo("250.50");
        assertThat(spend.get("sources").findValuesAsText("source")).contains("TROUBLED_FAMILIES_GRANT");

        ResponseEntity<String> csv = as(earlyHelpManager())
                .get()
                .uri("/api/budgets/spend-by-source.csv")
                .retrieve()
                .toEntity(String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody())
                .startsWith("family,familyId,fundingSource,allocated,committed,spent,left\r\n")
                .contains(walker.name() + "," + walker.familyId()
                        + ",TROUBLED_FAMILIES_GRANT,1000.00,250.50,250.50,749.50");
    }

    @Test
    void everyRefusalSaysWhyAndStoresNothing() {
        CaseWithPlan family = caseWithPlan(this, "Refusals");
        String allocation = ok(earlyHelpManager(), ALLOCATIONS, allocation("500"), family.familyId());
        long head = eventStoreHead();

        assertRefused(earlyHelpKeyworker(), ALLOCATIONS, allocation("100"), family, "budget-managers-only");
        assertRefused(earlyHelpManager(), ALLOCATIONS, allocation("5000.01"), family, "over-approval-limit");
        assertRefused(
                earlyHelpManager(),
                ALLOCATIONS,
                Map.of(
                        "source",
                        "SUPPORTING_PEOPLE",
                        "amount",
                        new BigDecimal("10"),
                        "from",
                        days(0),
                        "until",
                        days(-1)),
                family,
                "period-ends-before-it-begins");
        assertRefused(
                earlyHelpManager(),
                COMMITMENTS,
                commitment(allocation, family.goalId(), "10"),
                family,
                "budget-lead-only");
        assertRefused(
                earlyHelpManager(),
                COMMITMENTS,
                commitment(allocation, "no-such-goal", "10"),
                family,
                "budget-lead-only");
        assertRefused(
                earlyHelpKeyworker(),
                COMMITMENTS,
                commitment(allocation, "no-such-goal", "10"),
                family,
                "goal-not-in-plan");
        assertRefused(
                earlyHelpKeyworker(),
                COMMITMENTS,
                commitment(allocation, family.goalId(), "500.01"),
                family,
                "not-enough-left");
        ResponseEntity<JsonNode> unknown = post(
                earlyHelpKeyworker(),
                COMMITMENTS,
                commitment("no-such-allocation", family.goalId(), "1"),
                family.familyId());
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertRefused(
                policeOfficer(),
                COMMITMENTS + "/x/spend",
                Map.of("amount", new BigDecimal("1")),
                family,
                "budget-lead-or-manager-only");

        ResponseEntity<JsonNode> invalid = post(
                earlyHelpManager(),
                ALLOCATIONS,
                Map.of("source", "SUPPORTING_PEOPLE", "amount", new BigDecimal("12.345"), "until", days(30)),
                family.familyId());
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().toString())
                .contains("Enter an amount in pounds and pence, for example 250 or 249.99")
                .contains("Enter the date the allocation starts");
        ResponseEntity<JsonNode> nothing = post(
                earlyHelpKeyworker(),
                COMMITMENTS,
                Map.of(
                        "allocationId",
                        allocation,
                        "provider",
                        " ",
                        "purpose",
                        "x",
                        "goalId",
                        family.goalId(),
                        "amount",
                        new BigDecimal("0")),
                family.familyId());
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nothing.getBody().toString())
                .contains("Enter the provider")
                .contains("The amount must be at least £0.01");

        assertThat(eventStoreHead()).as("nothing stored").isEqualTo(head);
        assertThat(get(earlyHelpKeyworker(), "/api/budgets/spend-by-source").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void twoCommitmentsAtOnceCannotBothTakeTheLastPound() throws Exception {
        CaseWithPlan family = caseWithPlan(this, "Concurrent");
        String allocation = ok(earlyHelpManager(), ALLOCATIONS, allocation("100"), family.familyId());
        int attempts = 4;
        CyclicBarrier together = new CyclicBarrier(attempts);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<CompletableFuture<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(together);
                            return post(
                                    earlyHelpKeyworker(),
                                    COMMITMENTS,
                                    commitment(allocation, family.goalId(), "60"),
                                    family.familyId());
                        },
                        pool));
            }
            List<HttpStatus> statuses = answers.stream()
                    .map(CompletableFuture::join)
                    .map(answer -> HttpStatus.valueOf(answer.getStatusCode().value()))
                    .toList();
            assertThat(statuses).containsOnlyOnce(HttpStatus.CREATED);
            assertThat(statuses)
                    .filteredOn(status -> status != HttpStatus.CREATED)
                    .containsOnly(HttpStatus.UNPROCESSABLE_ENTITY);
        } finally {
            pool.shutdownNow();
        }
        JsonNode budget = family(earlyHelpKeyworker(), family.familyId()).get("budget");
        assertThat(budget.get("committed").decimalValue()).isEqualByComparingTo("60");
        assertThat(budget.get("left").decimalValue()).isEqualByComparingTo("40");
    }

    @Test
    @Discloses("/api/budgets/spend-by-source")
    @Discloses("/api/budgets/spend-by-source.csv")
    void theBudgetIsCaseworkShownOnlyToThoseWhoSeeTheCasework() {
        CaseWithPlan family = caseWithPlan(this, "Casework");
        String allocation = ok(earlyHelpManager(), ALLOCATIONS, allocation("300"), family.familyId());
        ok(earlyHelpKeyworker(), COMMITMENTS, commitment(allocation, family.goalId(), "120"), family.familyId());

        assertThat(family(jobcentreAdviser(), family.familyId())
                        .at("/budget/committed")
                        .decimalValue())
                .as("a member of the team sees it")
                .isEqualByComparingTo("120");
        assertThat(family(jobcentreAdviser(), family.familyId())
                        .at("/budget/mayCommit")
                        .asBoolean())
                .isFalse();
        assertThat(family(policeOfficer(), family.familyId()).has("budget"))
                .as("a practitioner not working with the family does not")
                .isFalse();
        JsonNode otherAgency =
                get(policeManager(), "/api/budgets/spend-by-source").getBody();
        assertThat(otherAgency.get("families").findValuesAsText("familyId")).doesNotContain(family.familyId());
        assertThat(as(policeManager())
                        .get()
                        .uri("/api/budgets/spend-by-source.csv")
                        .retrieve()
                        .body(String.class))
                .as("nor in the CSV")
                .doesNotContain(family.familyId());

        JsonNode before =
                family(earlyHelpKeyworker(), family.familyId(), days(-31)).get("budget");
        assertThat(before.get("allocations"))
                .as("the allocation's period had not begun")
                .isEmpty();
        assertThat(before.get("mayCommit").asBoolean())
                .as("the past is not changed")
                .isFalse();
    }

    @Test
    void theFamilysCostStandsBesideItsSupportCountingOnlyTheFactsTheViewerMaySee() {
        CaseWithPlan family = caseWithPlan(this, "Cost");
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(-1),
                        "fact",
                        Map.of("type", "AntiSocialBehaviourReported", "description", "Shouting in the street")),
                family.personId());
        String allocation = ok(earlyHelpManager(), ALLOCATIONS, allocation("300"), family.familyId());
        String course = ok(
                earlyHelpKeyworker(), COMMITMENTS, commitment(allocation, family.goalId(), "120"), family.familyId());
        ok(
                earlyHelpKeyworker(),
                COMMITMENTS + "/{c}/spend",
                Map.of("amount", new BigDecimal("120"), "spentOn", days(-1)),
                family.familyId(),
                course);

        JsonNode cost = family(earlyHelpKeyworker(), family.familyId()).get("cost");
        JsonNode thisYear = cost.get("years").get(cost.get("years").size() - 1);
        assertThat(police(thisYear)).as("the incident Sam's agency recorded").isEqualByComparingTo("700");
        assertThat(thisYear.get("budgetSpend").decimalValue()).isEqualByComparingTo("120");
        assertThat(thisYear.get("keyworkerTime").decimalValue())
                .as("the case opened 60 days ago")
                .isPositive();
        assertThat(thisYear.get("support").decimalValue())
                .isEqualByComparingTo(
                        thisYear.get("keyworkerTime").decimalValue().add(new BigDecimal("120")));
        assertThat(cost.get("unitCosts").findValuesAsText("description")).contains("An anti-social behaviour incident");

        JsonNode seenByDee = family(jobcentreAdviser(), family.familyId());
        long incidentsDeeSees = seenByDee.get("entries").findValuesAsText("kind").stream()
                .filter("AntiSocialBehaviourReported"::equals)
                .count();
        JsonNode deesYears = seenByDee.at("/cost/years");
        assertThat(police(deesYears.get(deesYears.size() - 1)))
                .as("only what the policy shows Dee is counted for him")
                .isEqualByComparingTo(new BigDecimal(700 * incidentsDeeSees));
    }

    private static BigDecimal police(JsonNode year) {
        for (JsonNode agency : year.get("byAgency")) {
            if (agency.get("bearer").asText().equals("Police")) {
                return agency.get("amount").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private void assertRefused(
            uk.joinedup.caseservice.agency.Actor actor,
            String path,
            Map<String, ?> body,
            CaseWithPlan family,
            String code) {
        ResponseEntity<JsonNode> refused = post(actor, path, body, family.familyId());
        assertThat(refused.getStatusCode()).as(code).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo(code);
    }

    private static Map<String, Object> allocation(String amount) {
        return Map.of(
                "source",
                "TROUBLED_FAMILIES_GRANT",
                "amount",
                new BigDecimal(amount),
                "from",
                days(-30),
                "until",
                days(335));
    }

    private static Map<String, Object> commitment(String allocationId, String goalId, String amount) {
        return Map.of(
                "allocationId",
                allocationId,
                "provider",
                "Solent Parenting",
                "purpose",
                "Parenting course for Stephen",
                "goalId",
                goalId,
                "amount",
                new BigDecimal(amount),
                "committedOn",
                days(-7));
    }

    private static JsonNode row(JsonNode rows, String familyId) {
        for (JsonNode row : rows) {
            if (row.get("familyId").asText().equals(familyId)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + familyId + " in " + rows);
    }

    private JsonNode family(uk.joinedup.caseservice.agency.Actor viewer, String familyId) {
        ResponseEntity<JsonNode> response = get(viewer, "/api/families/{id}", familyId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode family(uk.joinedup.caseservice.agency.Actor viewer, String familyId, String asAt) {
        ResponseEntity<JsonNode> response = get(viewer, "/api/families/{id}?asAt={d}", familyId, asAt);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
