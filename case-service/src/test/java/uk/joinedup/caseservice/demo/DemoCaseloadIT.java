package uk.joinedup.caseservice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.agency.Role;

/**
 * The demo caseload loads, and every sharing page has something to show: consents given by a person, a
 * parent and an attorney, one withdrawn and one ending soon, two agreements (one past its review date),
 * and an emergency override already reviewed.
 */
@TestPropertySource(properties = "joinedup.demo-data=true")
class DemoCaseloadIT extends ApiIntegrationTest {

    private static final Actor LEE = practitioner(DemoPractitioners.LEE);
    private static final Actor DEE = practitioner(DemoPractitioners.DEE);
    private static final Actor CHRIS = DemoPractitioners.CHRIS;
    private static final Actor SAM = practitioner(DemoPractitioners.SAM);

    @Test
    void aMisspeltNameFindsTheDemoPeopleWhoseNamesSoundTheSame() {
        JsonNode found = get(LEE, "/api/people?name={n}", "Smyth").getBody().get("results");
        assertThat(found.findValuesAsText("familyName")).containsExactly("Smyth", "Smith");
        assertThat(found.findValuesAsText("reason")).containsExactly("NAME", "NAME_SOUNDS_LIKE");
    }

    @Test
    void everySharingPageHasSomethingToShow() {
        JsonNode leesCaseload = get(LEE, "/api/caseload").getBody();
        assertThat(leesCaseload.get("expiringConsents").findValuesAsText("personName"))
                .as("Deborah's consent ends within the month")
                .contains("Deborah Hill");
        assertThat(leesCaseload.get("joinRequests").findValuesAsText("name")).contains("Ray Hughes");

        JsonNode agreements = get(DEE, "/api/sharing-agreements").getBody();
        assertThat(agreements.findValuesAsText("reviewOverdue")).contains("true", "false");

        JsonNode walkers = family(DEE, "Walker");
        assertThat(walkers.get("entries").findValuesAsText("owningAgency"))
                .as("Stephen's consent shows the jobcentre adviser early help's notes")
                .contains("southampton-early-help");

        String deborah = person(LEE, "Hill", "Deborah");
        JsonNode consents = get(CHRIS, "/api/people/{id}/consents", deborah).getBody();
        assertThat(consents.get("consents")).isNotEmpty();
        String gary = person(LEE, "Hill", "Gary");
        assertThat(get(CHRIS, "/api/people/{id}/consents", gary).getBody().findValuesAsText("status"))
                .contains("WITHDRAWN");
        String tony = person(LEE, "Marsh", "Tony");
        assertThat(get(CHRIS, "/api/people/{id}/consents", tony).getBody().findValuesAsText("givenBy"))
                .contains("ATTORNEY");
        String jamie = person(LEE, "Hill", "Jamie");
        assertThat(get(CHRIS, "/api/people/{id}/emergency-access", jamie).toString())
                .contains("CHILD_AT_RISK");
    }

    @Test
    void theWalkersChronologyRunsToMoreThanOnePage() {
        JsonNode walkers = family(SAM, "Walker");
        assertThat(walkers.at("/chronology/total").asInt())
                .as("the lead professional sees more than one page of 50 entries")
                .isGreaterThan(50);
        assertThat(walkers.at("/chronology/pages").asInt()).isGreaterThan(1);
    }

    @Test
    void theWalkersBudgetBoughtSomethingForEachGoalAndTheirManagerSeesItBySource() {
        JsonNode budget = family(SAM, "Walker").get("budget");
        assertThat(budget.get("commitments").findValuesAsText("goal"))
                .contains("Liam and Chloe in school every day", "Stephen back in work", "Debts under control");
        assertThat(budget.get("commitments").findValues("cancellation"))
                .as("breakfast club")
                .hasSize(1);
        assertThat(budget.get("spent").decimalValue()).isEqualByComparingTo("710");

        JsonNode spend =
                get(DemoPractitioners.MO, "/api/budgets/spend-by-source").getBody();
        assertThat(spend.get("sources").findValuesAsText("source"))
                .contains("TROUBLED_FAMILIES_GRANT", "POOLED_COMMUNITY_BUDGET");
        assertThat(spend.get("families").findValuesAsText("familyName")).contains("Walker family");
    }

    @Test
    void theWalkersHadACaseConferenceWhoseActionJoinedTheirPlan() {
        JsonNode walkers = family(SAM, "Walker");
        assertThat(walkers.at("/conferences/0/attendees").findValuesAsText("name"))
                .contains("Sam Patel", "Ana Silva", "Dee Walsh");
        assertThat(walkers.at("/plan/actions").findValuesAsText("description"))
                .contains("Meet Liam's head of year about his timetable");
    }

    @Test
    void theMarshHouseholdsTransferToEarlyHelpAwaitsMosDecision() {
        JsonNode inbox =
                get(DemoPractitioners.MO, "/api/transfers/awaiting-decision").getBody();
        assertThat(inbox.findValuesAsText("familyName")).contains("Marsh household");
        assertThat(inbox.findValuesAsText("proposedLeadName")).contains("Sam Patel");
    }

    @Test
    void theOkaforsTwoUnansweredContactsFlagTheirCaseForAFollowUpOnTheirTeamsCaseloads() {
        JsonNode okafors = family(practitioner(DemoPractitioners.ANA), "Okafor");
        assertThat(okafors.at("/disengagement/rule").asText()).isEqualTo("Two unanswered contacts within 14 days");
        JsonNode anasCaseload =
                get(practitioner(DemoPractitioners.ANA), "/api/caseload").getBody();
        assertThat(anasCaseload.get("followUpsDue").findValuesAsText("familyName"))
                .as("nobody leads the Okafors' case, so it is on the caseload of each of its team")
                .contains("Okafor family");
    }

    @Test
    void theWalkersCostToThePublicPurseStandsBesideTheirSupport() {
        JsonNode cost = family(SAM, "Walker").get("cost");
        assertThat(cost.get("years")).hasSize(3);
        JsonNode thisYear = cost.get("years").get(2);
        assertThat(thisYear.get("budgetSpend").decimalValue()).isEqualByComparingTo("710");
        assertThat(thisYear.get("keyworkerTime").decimalValue())
                .as("open all year so far")
                .isPositive();
        assertThat(cost.get("years").findValuesAsText("bearer"))
                .as("Liam's anti-social behaviour, which Sam may see")
                .contains("Police");
        assertThat(cost.get("unitCosts").findValuesAsText("source")).allMatch(source -> !source.isBlank());
    }

    @Test
    void theLawsonsCostThePublicPurseLessInTheYearAfterTheirCaseOpenedThanInTheYearBefore() {
        JsonNode cohort = get(DemoPractitioners.MO, "/api/costs/cohort").getBody();
        JsonNode lawsons = null;
        for (JsonNode family : cohort.get("families")) {
            if (family.get("familyName").asText().equals("Lawson family")) {
                lawsons = family;
            }
        }
        assertThat(lawsons).as("opened 420 days ago: compared").isNotNull();
        assertThat(lawsons.get("before").decimalValue())
                .as("Ryan's reports, caution and exclusion, and a year of Karen's Jobseeker's Allowance")
                .isGreaterThan(lawsons.get("after").decimalValue().add(new BigDecimal("5000")));
        assertThat(cohort.get("byAgency").findValuesAsText("bearer"))
                .contains("Police", "Department for Work and Pensions");
        assertThat(cohort.get("familiesTooRecent").asInt())
                .as("the Coles, the Bells, ...")
                .isPositive();
    }

    @Test
    void earlyHelpCentralsManagerHasACaseloadOverviewWithSomethingInEveryFigure() {
        JsonNode overview = get(Actors.earlyHelpManager(), "/api/outcomes/caseload-overview")
                .getBody();
        JsonNode team = overview.get("team");
        assertThat(team.get("openCases").asInt()).isPositive();
        assertThat(team.get("openWithoutLeadProfessional").asInt())
                .as("Ellis, Hughes")
                .isPositive();
        assertThat(team.get("overdueReviews").asInt()).as("the Walkers'").isPositive();
        assertThat(team.get("overduePlanActions").asInt()).as("the Walkers'").isPositive();
        assertThat(team.get("byQuarter").findValuesAsText("closures").stream()
                        .filter(closures -> !"0".equals(closures)))
                .as("closures in more than one quarter")
                .hasSizeGreaterThan(1);
        assertThat(team.get("byQuarter").findValuesAsText("newReferrals"))
                .anyMatch(referrals -> !"0".equals(referrals));
        assertThat(overview.get("keyworkers").findValuesAsText("openCases")).anyMatch(cases -> !"0".equals(cases));
    }

    @Test
    void earlyHelpCentralsManagerHasATeamCaseloadToSort() {
        JsonNode team = get(Actors.earlyHelpManager(), "/api/caseload/team").getBody();

        List<String> names = team.get("items").findValuesAsText("name");
        assertThat(names)
                .as("Sam's and Mo's open cases")
                .contains("Walker family", "Ellis family", "Grant family", "Fraser family", "Hughes family");
        assertThat(names.indexOf("Ellis family"))
                .as("no lead professional before a quiet case")
                .isLessThan(names.indexOf("Fraser family"));
        assertThat(names.indexOf("Grant family"))
                .as("a referral awaiting a decision before a quiet case")
                .isLessThan(names.indexOf("Fraser family"));
    }

    private JsonNode family(Actor viewer, String name) {
        String id = get(viewer, "/api/families?name={name}", name)
                .getBody()
                .get("results")
                .get(0)
                .get("familyId")
                .asText();
        return get(viewer, "/api/families/{id}", id).getBody();
    }

    private String person(Actor viewer, String familyName, String givenNames) {
        List<JsonNode> found =
                List.copyOf(get(viewer, "/api/people?familyName={f}&givenNames={g}", familyName, givenNames)
                        .getBody()
                        .findParents("personId"));
        return found.get(0).get("personId").asText();
    }

    private static Actor practitioner(Actor demo) {
        return new Actor(
                demo.userId(),
                demo.name(),
                demo.agency(),
                demo.agencyName(),
                demo.agencyKind(),
                Set.of(Role.KEYWORKER));
    }
}
