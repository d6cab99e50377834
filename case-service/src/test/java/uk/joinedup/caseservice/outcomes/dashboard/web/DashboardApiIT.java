package uk.joinedup.caseservice.outcomes.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.TeamsAroundFamilies.stephenWithTeam;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The outcomes dashboard through the real API, tokens and embedded store: a probation fact about a person
 * in the early help team's caseload is withheld from the early help manager (counted only as "people with facts
 * withheld") until the person consents to early help seeing their offending for measuring outcomes; then it
 * counts, and the drill-down shows the person and the fact; once the consent is withdrawn, the next request
 * withholds it again. Figures are compared with those before the test's
 * own people, as the store is shared by the class.
 */
class DashboardApiIT extends ApiIntegrationTest {

    private static final String INDICATORS = "/api/outcomes/indicators";
    private static final String PEOPLE = INDICATORS + "/{measure}/people?quarter={quarter}";
    private static final List<String> ROUTES = List.of(
            INDICATORS,
            INDICATORS + "/quarters.csv",
            INDICATORS + "/ADULT_NOT_REOFFENDED/quarters.csv",
            INDICATORS + "/ADULT_NOT_REOFFENDED/people?quarter=2026-Q4");

    private final String thisQuarter =
            Quarter.of(LocalDate.now(ZoneId.of("Europe/London"))).toString();

    @Test
    @Discloses(INDICATORS)
    @Discloses(INDICATORS + "/{measure}/people")
    void countsAnotherAgencysFactOnlyOnceAConsentForOutcomesOpensIt() {
        JsonNode before = dashboard(earlyHelpManager(), "");
        String stephen = stephenWithTeam(this, probationKeyworker());
        String release = ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(0),
                        "fact",
                        Map.of("type", "ReleasedFromCustody", "establishment", "HMP Winchester", "onLicence", true)),
                stephen);

        JsonNode withheld = dashboard(earlyHelpManager(), "");
        assertThat(withheld.get("peopleInScope").asInt()
                        - before.get("peopleInScope").asInt())
                .as("Stephen is in the team's caseload")
                .isEqualTo(1);
        assertThat(change(before, withheld, "/peopleWithFactsWithheld"))
                .as("probation's release is withheld: no consent or agreement for outcomes")
                .isEqualTo(1);
        assertThat(change(before, withheld, notReoffended("denominator")))
                .as("a withheld fact is not counted")
                .isZero();
        assertThat(change(before, withheld, "/indicators/5/measures/0/peopleWithFactsWithheld"))
                .as("re-offending reads offending: its figure may have counted Stephen")
                .isEqualTo(1);
        assertThat(change(before, withheld, "/indicators/1/measures/0/peopleWithFactsWithheld"))
                .as("attendance does not read offending")
                .isZero();
        assertThat(withheld.toString()).as("never which").doesNotContain(stephen, "Walker", "Winchester");
        JsonNode notListed = get(earlyHelpManager(), PEOPLE, "ADULT_NOT_REOFFENDED", thisQuarter)
                .getBody();
        assertThat(notListed.get("people").findValuesAsText("personId")).doesNotContain(stephen);
        assertThat(notListed.toString()).doesNotContain(release);

        String consent =
                ok(earlyHelpKeyworker(), "/api/people/{id}/consents", stephenLetsEarlyHelpMeasureOffending(), stephen);

        JsonNode counted = dashboard(earlyHelpManager(), "");
        assertThat(change(before, counted, notReoffended("denominator")))
                .as("entered the cohort this quarter")
                .isEqualTo(1);
        assertThat(change(before, counted, notReoffended("numerator")))
                .as("no proven re-offence")
                .isEqualTo(1);
        assertThat(change(before, counted, "/peopleWithFactsWithheld")).isZero();
        assertThat(change(before, counted, "/indicators/5/measures/0/peopleWithFactsWithheld"))
                .isZero();
        JsonNode section = counted.at("/indicators/5");
        assertThat(section.get("indicator").asText()).isEqualTo("EX_OFFENDERS");
        assertThat(section.get("caseLevelProxy").asBoolean()).isFalse();
        assertThat(section.at("/measures/0/nationalFigure/percent").asText()).isEqualTo("74.6");
        assertThat(section.at("/measures/0/byQuarter/7/complete").asBoolean())
                .as("a re-offending follow-up runs 18 months")
                .isFalse();
        assertThat(counted.at("/indicators/0/caseLevelProxy").asBoolean())
                .as("family stability is a proxy")
                .isTrue();
        assertThat(counted.at("/socialInvestment/nationalIndicator").asText()).contains("survey");

        ResponseEntity<JsonNode> people = get(earlyHelpManager(), PEOPLE, "ADULT_NOT_REOFFENDED", thisQuarter);
        assertThat(people.getStatusCode().value()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode person : people.getBody().get("people")) {
            if (person.get("personId").asText().equals(stephen)) {
                listed = person;
            }
        }
        assertThat(listed).as("Stephen is listed").isNotNull();
        assertThat(listed.get("name").asText()).isEqualTo("Stephen Walker");
        assertThat(listed.get("dateOfBirth").asText()).isEqualTo("1984-02-09");
        assertThat(listed.get("inNumerator").asBoolean()).isTrue();
        assertThat(listed.at("/evidence/0/factId").asText()).isEqualTo(release);
        assertThat(listed.at("/evidence/0/kind").asText()).isEqualTo("ReleasedFromCustody");
        assertThat(listed.at("/evidence/0/occurredOn").asText()).isEqualTo(days(0));
        assertThat(listed.at("/evidence/0/recordedBy").asText()).isEqualTo("Hampshire and Isle of Wight Probation");
        JsonNode logged =
                get(igOfficer(), "/api/access-log?person={id}", stephen).getBody();
        JsonNode drillDown = null;
        for (JsonNode record : logged.get("records")) {
            if (record.get("what").asText().equals("OUTCOMES_PEOPLE")) {
                drillDown = record;
            }
        }
        assertThat(drillDown)
                .as("the drill-down that listed Stephen is in the access log")
                .isNotNull();
        assertThat(drillDown.get("userId").asText()).isEqualTo("mo.ahmed");
        assertThat(drillDown.get("subjectId").asText()).isEqualTo("ADULT_NOT_REOFFENDED " + thisQuarter);
        assertThat(drillDown.at("/shown/OFFENDING"))
                .extracting(JsonNode::asText)
                .containsExactly("CONSENT");

        JsonNode sams = dashboard(earlyHelpManager(), "?keyworker=sam.patel");
        assertThat(sams.at("/scope/keyworkerName").asText()).isEqualTo("Sam Patel");
        assertThat(sams.at(notReoffended("denominator")).asInt())
                .as("Stephen's family is Sam's")
                .isGreaterThanOrEqualTo(1);
        ResponseEntity<JsonNode> withdrawn = post(
                earlyHelpKeyworker(),
                "/api/people/{id}/consents/{consent}/withdrawal",
                Map.of("reason", "Stephen withdrew it by phone"),
                stephen,
                consent);
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(204);
        JsonNode afterWithdrawal = dashboard(earlyHelpManager(), "");
        assertThat(change(before, afterWithdrawal, notReoffended("denominator")))
                .as("a consent withdrawn today covers nothing from the next request on")
                .isZero();
        assertThat(change(before, afterWithdrawal, "/peopleWithFactsWithheld")).isEqualTo(1);
        assertThat(get(earlyHelpManager(), PEOPLE, "ADULT_NOT_REOFFENDED", thisQuarter)
                        .getBody()
                        .get("people")
                        .findValuesAsText("personId"))
                .doesNotContain(stephen);

        JsonNode police = dashboard(policeManager(), "?scope=agency");
        assertThat(police.toString()).as("not the police's caseload").doesNotContain(stephen);
    }

    @Test
    @Discloses(INDICATORS)
    @Discloses(INDICATORS + "/{measure}/people")
    void figuresAnsweredAgainFollowAnAgreementForOutcomesFromItsStartToItsEnd() {
        String stephen = stephenWithTeam(this, probationKeyworker());
        ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(0),
                        "fact",
                        Map.of("type", "ReleasedFromCustody", "establishment", "HMP Parkhurst", "onLicence", true)),
                stephen);
        JsonNode withheld = dashboard(earlyHelpManager(), "");
        assertThat(dashboard(earlyHelpManager(), "").get("indicators"))
                .as("asked again, nothing changed: the same figures")
                .isEqualTo(withheld.get("indicators"));
        assertThat(listed(stephen)).isFalse();

        String yesterday = days(-1);
        String agreement = ok(
                igOfficer(),
                "/api/sharing-agreements",
                Map.of(
                        "title", "Probation and early help: measuring outcomes",
                        "parties",
                                List.of(
                                        Map.of("agency", "southampton-probation"),
                                        Map.of("agency", "southampton-early-help")),
                        "categories", List.of("OFFENDING"),
                        "purposes", List.of("OUTCOMES"),
                        "lawfulBases", List.of("PUBLIC_TASK"),
                        "startsOn", yesterday,
                        "reviewOn", days(365)));
        JsonNode agreed;
        try {
            agreed = dashboard(earlyHelpManager(), "");
            assertThat(listed(stephen))
                    .as("the agreement opens his release to the manager")
                    .isTrue();
        } finally {
            ok(
                    igOfficer(),
                    "/api/sharing-agreements/{id}/end",
                    Map.of("endsOn", yesterday, "reason", "The test is over"),
                    agreement);
        }
        assertThat(change(withheld, agreed, notReoffended("denominator")))
                .as("his release, and any other probation release of the caseload, now counts")
                .isPositive();
        assertThat(change(withheld, agreed, "/peopleWithFactsWithheld")).isNegative();

        JsonNode ended = dashboard(earlyHelpManager(), "");
        assertThat(ended.get("indicators"))
                .as("ended: the figures of before the agreement, not those remembered under it")
                .isEqualTo(withheld.get("indicators"));
        assertThat(ended.get("peopleWithFactsWithheld")).isEqualTo(withheld.get("peopleWithFactsWithheld"));
        assertThat(listed(stephen)).isFalse();
    }

    private boolean listed(String personId) {
        return get(earlyHelpManager(), PEOPLE, "ADULT_NOT_REOFFENDED", thisQuarter)
                .getBody()
                .get("people")
                .findValuesAsText("personId")
                .contains(personId);
    }

    @Test
    @Discloses(INDICATORS + "/quarters.csv")
    @Discloses(INDICATORS + "/{measure}/quarters.csv")
    void givesEveryTableAsCsv() {
        ResponseEntity<String> all = as(earlyHelpManager())
                .get()
                .uri(INDICATORS + "/quarters.csv?from=2026-Q1&to=2026-Q2")
                .retrieve()
                .toEntity(String.class);
        assertThat(all.getStatusCode().value()).isEqualTo(200);
        assertThat(all.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(all.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment")
                .contains("outcome-indicators-2026-Q1-to-2026-Q2.csv");
        List<String> lines = all.getBody().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("scope,indicator,measure,caseLevelProxy,counts,quarter,asAt,numerator,denominator,percent,"
                        + "complete,nationalPercent,peopleWithFactsWithheld");
        assertThat(lines).as("17 measures, 2 quarters").hasSize(1 + 17 * 2);
        assertThat(lines.get(1)).startsWith("early-help-central,FAMILY_STABILITY,LIVING_WITH_BOTH_BIRTH_PARENTS,true,");

        ResponseEntity<String> one = as(earlyHelpManager())
                .get()
                .uri(INDICATORS + "/ATTENDANCE/quarters.csv?scope=agency")
                .retrieve()
                .toEntity(String.class);
        assertThat(one.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attendance-");
        assertThat(one.getBody().lines().skip(1))
                .as("the default eight quarters, for the agency, in sessions")
                .hasSize(8)
                .allMatch(line ->
                        line.startsWith("Southampton City Council Early Help,EDUCATION,ATTENDANCE,true,sessions,"));
    }

    @Test
    void takesThePeriodAndScopeAskedForAndRefusesFiltersThatCannotBe() {
        JsonNode period = dashboard(earlyHelpManager(), "?from=2025-Q3&to=2026-Q1");
        assertThat(period.get("quarters").toString()).isEqualTo("[\"2025-Q3\",\"2025-Q4\",\"2026-Q1\"]");
        assertThat(period.at("/indicators/0/measures/0/byQuarter/2/asAt").asText())
                .isEqualTo("2026-03-31");
        JsonNode byDefault = dashboard(earlyHelpManager(), "");
        assertThat(byDefault.get("quarters")).hasSize(8);
        assertThat(byDefault.get("quarters").get(7).asText()).isEqualTo(thisQuarter);
        assertThat(byDefault.at("/scope/kind").asText()).isEqualTo("TEAM");
        assertThat(byDefault.at("/scope/keyworkers").findValuesAsText("name"))
                .as("the team's members, by name")
                .containsExactly("Mo Ahmed", "Sam Patel");
        assertThat(dashboard(earlyHelpManager(), "?scope=agency")
                        .at("/scope/name")
                        .asText())
                .isEqualTo("Southampton City Council Early Help");

        assertFields("?from=2026-Q5&to=soon&scope=everyone", "from", "to", "scope");
        assertFields("?scope=everyone", "scope");
        assertFields("?keyworker=lee.morgan", "keyworker");
        assertFields("?scope=agency&keyworker=sam.patel", "keyworker");
        assertFields("?from=2023-Q1&to=2026-Q4", "from");
        ResponseEntity<JsonNode> noQuarter = get(earlyHelpManager(), INDICATORS + "/ATTENDANCE/people");
        assertThat(noQuarter.getStatusCode().value()).isEqualTo(400);
        assertThat(noQuarter.getBody().get("errors").findValuesAsText("field")).containsExactly("quarter");
        assertThat(get(earlyHelpManager(), PEOPLE, "HAPPINESS", thisQuarter)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
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

    private void assertFields(String query, String... fields) {
        ResponseEntity<JsonNode> refused = get(earlyHelpManager(), INDICATORS + query);
        assertThat(refused.getStatusCode().value()).as(query).isEqualTo(400);
        assertThat(refused.getBody().get("errors").findValuesAsText("field"))
                .as(query)
                .containsExactlyInAnyOrder(fields);
    }

    private JsonNode dashboard(Actor manager, String query) {
        ResponseEntity<JsonNode> response = get(manager, INDICATORS + query);
        assertThat(response.getStatusCode().value()).as(query).isEqualTo(200);
        return response.getBody();
    }

    /** The pointer to this quarter's figure of adults not re-offending: the last of the default eight. */
    private static String notReoffended(String field) {
        return "/indicators/5/measures/0/byQuarter/7/" + field;
    }

    private static int change(JsonNode before, JsonNode after, String pointer) {
        return after.at(pointer).asInt() - before.at(pointer).asInt();
    }

    /** Stephen lets early help see his offending information for measuring outcomes, for a year. */
    private static Map<String, Object> stephenLetsEarlyHelpMeasureOffending() {
        return Map.of(
                "givenBy", "THE_PERSON",
                "recipients", List.of("southampton-early-help"),
                "categories", List.of("OFFENDING"),
                "purpose", "OUTCOMES",
                "validUntil", days(365),
                "evidence", "SIGNED_FORM",
                "evidenceNote", "Form on the early help file");
    }
}
