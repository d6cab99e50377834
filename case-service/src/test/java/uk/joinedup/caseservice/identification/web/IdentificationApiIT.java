package uk.joinedup.caseservice.identification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.disclosure.Discloses;

/**
 * Early identification through the real API with real tokens (ADR 29): a mother and her son at one address, the
 * son's record naming her as his parent, are proposed as a household; the criteria are judged today from the
 * facts the early-help manager may see for early identification (Jobcentre Plus's and housing's facts only once
 * an agreement names that purpose); the manager's decision is recorded and shown; the household confirmed becomes
 * a registered family. Keyworkers and other agencies' managers are refused.
 */
class IdentificationApiIT extends ApiIntegrationTest {

    private static final String CANDIDATES = "/api/identification/candidates";
    private static final AtomicInteger FLATS = new AtomicInteger(100);

    @Test
    @Discloses(CANDIDATES)
    void proposesAHouseholdJudgedFromTheFactsTheManagerMaySeeAndRecordsDecisions() {
        Household household = motherAndSonAtOneAddress("Ibis");
        awaitReadModels();

        JsonNode candidate = candidateOf(household);
        assertThat(candidate.get("kind").asText()).isEqualTo("HOUSEHOLD");
        assertThat(candidate.get("familyId").isNull()).isTrue();
        assertThat(candidate.get("name").asText()).isEqualTo("Ibis household");
        assertThat(candidate.get("members").findValuesAsText("personId"))
                .containsExactlyInAnyOrder(household.mother(), household.son());
        assertThat(criterion(candidate, "crimeAndAntiSocialBehaviour")
                        .get("met")
                        .asBoolean())
                .as("early help's own intervention counts")
                .isTrue();
        assertThat(criterion(candidate, "crimeAndAntiSocialBehaviour")
                        .get("facts")
                        .findValuesAsText("kind"))
                .containsExactly("AntiSocialBehaviourInterventionGiven");
        assertThat(criterion(candidate, "work").get("met").asBoolean())
                .as("Jobcentre Plus's claim is withheld without an agreement naming early identification")
                .isFalse();
        assertThat(criterion(candidate, "localDiscretion").get("met").asBoolean())
                .as("housing's eviction notice too")
                .isFalse();
        assertThat(candidate.get("criteriaMet").asInt()).isEqualTo(1);
        assertThat(candidate.get("factsWithheld").asInt()).isEqualTo(2);
        assertThat(candidate.get("supportingFamiliesNeeds").findValuesAsText("need"))
                .as("listed for a Supporting Families need shown")
                .containsExactly("crime");
        assertThat(candidate.get("decision").isNull()).isTrue();
        JsonNode list = get(earlyHelpManager(), CANDIDATES).getBody();
        assertThat(list.get("criteriaNeeded").asInt()).isEqualTo(3);
        assertThat(list.get("asOf").asText()).isEqualTo(days(0));
        assertThat(list.get("total").asInt()).isEqualTo(list.get("candidates").size());
        assertThat(list.toString()).doesNotContain(household.jobcentreFact(), household.housingFact());
        JsonNode logged = get(
                        Actors.igOfficer(),
                        "/api/access-log?person={id}&user={user}",
                        household.son(),
                        earlyHelpManager().userId())
                .getBody();
        assertThat(logged.get("records").findValuesAsText("what"))
                .as("the list shows the members and their facts: each listing is in the access log")
                .contains("EARLY_IDENTIFICATION");
        assertThat(logged.at("/records/0/withheld").toString())
                .as("what the policy withheld from the list is logged by category, never the facts")
                .contains("EMPLOYMENT_AND_BENEFITS");

        String agreement = jobcentreAndHousingShareWithEarlyHelpForEarlyIdentification();
        try {
            JsonNode shared = candidateOf(household);
            assertThat(shared.get("criteriaMet").asInt())
                    .as("crime, work and local discretion once the agreement names early identification")
                    .isEqualTo(3);
            assertThat(shared.get("factsWithheld").asInt()).isZero();
            assertThat(criterion(shared, "work").get("facts").findValuesAsText("personId"))
                    .containsExactly(household.mother());
            assertThat(criterion(shared, "localDiscretion")
                            .get("reasons")
                            .get(0)
                            .asText())
                    .startsWith("a listed fact");
            assertThat(shared.get("supportingFamiliesNeeds").findValuesAsText("need"))
                    .contains("crime", "housing", "financialStability");
            List<String> order = get(earlyHelpManager(), CANDIDATES)
                    .getBody()
                    .get("candidates")
                    .findValuesAsText("criteriaMet");
            assertThat(order)
                    .isSortedAccordingTo(
                            (one, other) -> Integer.compare(Integer.parseInt(other), Integer.parseInt(one)));
        } finally {
            ok(
                    igOfficer(),
                    "/api/sharing-agreements/{id}/end",
                    Map.of("endsOn", days(-1), "reason", "The test is over"),
                    agreement);
        }
        assertThat(candidateOf(household).get("criteriaMet").asInt())
                .as("ended: withheld again")
                .isEqualTo(1);

        String id = candidate.get("candidateId").asText();
        ResponseEntity<JsonNode> noReason =
                post(earlyHelpManager(), CANDIDATES + "/{id}/decision", Map.of("decision", "NOT_NOW"), id);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody().toString()).contains("reason");
        assertThat(post(
                                earlyHelpManager(),
                                CANDIDATES + "/{id}/decision",
                                Map.of("decision", "NOT_NOW", "reason", "Known"),
                                "household-no-such")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);

        decide(id, "NOT_NOW", "Already supported by the school nurse");
        JsonNode decided = candidateOf(household).get("decision");
        assertThat(decided.get("decision").asText()).isEqualTo("NOT_NOW");
        assertThat(decided.get("reason").asText()).isEqualTo("Already supported by the school nurse");
        assertThat(decided.get("decidedBy").asText())
                .isEqualTo(earlyHelpManager().name());
        assertThat(decided.get("decidedOn").asText()).isEqualTo(days(0));
        assertThat(post(
                                earlyHelpManager(),
                                CANDIDATES + "/{id}/decision",
                                Map.of("decision", "NOT_NOW", "reason", "Already supported by the school nurse"),
                                id)
                        .getStatusCode()
                        .value())
                .as("the same decision for the same reason: nothing new")
                .isEqualTo(422);
        decide(id, "REFER", "The nurse asks us to");
        assertThat(candidateOf(household).at("/decision/decision").asText()).isEqualTo("REFER");
    }

    @Test
    void confirmsAHouseholdAsAFamilyWhichIsThenACandidateAsAFamily() {
        Household household = motherAndSonAtOneAddress("Heron");
        awaitReadModels();
        String id = candidateOf(household).get("candidateId").asText();

        ResponseEntity<JsonNode> created =
                post(earlyHelpManager(), CANDIDATES + "/{id}/household", Map.of("name", "Heron family"), id);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String familyId = created.getBody().get("id").asText();
        awaitReadModels();

        JsonNode family =
                get(earlyHelpManager(), "/api/families/{id}", familyId).getBody();
        assertThat(family.get("members").findValuesAsText("personId"))
                .containsExactlyInAnyOrder(household.mother(), household.son());
        JsonNode candidates = get(earlyHelpManager(), CANDIDATES).getBody().get("candidates");
        assertThat(candidates.findValuesAsText("candidateId")).doesNotContain(id);
        JsonNode asFamily = null;
        for (JsonNode one : candidates) {
            if (familyId.equals(one.get("familyId").asText())) {
                asFamily = one;
            }
        }
        assertThat(asFamily).as("the registered family, no case open").isNotNull();
        assertThat(asFamily.get("kind").asText()).isEqualTo("FAMILY");
        assertThat(asFamily.get("name").asText()).isEqualTo("Heron family");
        assertThat(post(
                                earlyHelpManager(),
                                CANDIDATES + "/{id}/household",
                                Map.of("name", "Again"),
                                asFamily.get("candidateId").asText())
                        .getStatusCode()
                        .value())
                .as("a family is not a household to confirm")
                .isEqualTo(422);
    }

    @Test
    void showsNothingToKeyworkersOrOtherAgenciesManagers() {
        Household household = motherAndSonAtOneAddress("Egret");
        awaitReadModels();
        String id = candidateOf(household).get("candidateId").asText();

        for (Actor refused : List.of(earlyHelpKeyworker(), policeManager(), igOfficer())) {
            ResponseEntity<JsonNode> list = get(refused, CANDIDATES);
            assertThat(list.getStatusCode().value()).as(refused.userId()).isEqualTo(403);
            assertThat(String.valueOf(list.getBody())).doesNotContain(household.son());
            assertThat(post(
                                    refused,
                                    CANDIDATES + "/{id}/decision",
                                    Map.of("decision", "REFER", "reason", "Looks eligible"),
                                    id)
                            .getStatusCode()
                            .value())
                    .isEqualTo(403);
        }
        assertThat(anonymous()
                        .get()
                        .uri(CANDIDATES)
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    /**
     * A mother and her son registered by early help at one flat (its first line written two ways), the son's record
     * naming her as his parent. Early help gave the son an acceptable behaviour contract 30 days ago; Jobcentre Plus
     * recorded the mother's claim to Jobseeker's Allowance 60 days ago, housing served her notice of eviction 20
     * days ago: neither of those shown to early help for early identification without an agreement naming it.
     */
    private Household motherAndSonAtOneAddress(String familyName) {
        String flat = "Flat " + FLATS.incrementAndGet();
        String mother = person("Jo", familyName, "1988-02-03", flat + ", Kestrel Court");
        String son = person("Sam", familyName, "2012-07-08", flat.toLowerCase() + " kestrel court");
        fact(earlyHelpKeyworker(), son, days(-100), "ParentRecorded", Map.of("parent", mother, "birthParent", true));
        fact(
                earlyHelpKeyworker(),
                son,
                days(-30),
                "AntiSocialBehaviourInterventionGiven",
                Map.of("intervention", "ACCEPTABLE_BEHAVIOUR_CONTRACT"));
        String claim = fact(
                jobcentreAdviser(),
                mother,
                days(-60),
                "BenefitClaimStarted",
                Map.of("benefit", "JOBSEEKERS_ALLOWANCE"));
        String eviction = fact(housingOfficer(), mother, days(-20), "EvictionNoticeServed", Map.of());
        return new Household(mother, son, claim, eviction);
    }

    private String person(String given, String family, String born, String line1) {
        Map<String, Object> details = new HashMap<>();
        details.put("givenNames", given);
        details.put("familyName", family);
        details.put("dateOfBirth", born);
        details.put("address", Map.of("line1", line1, "town", "Southampton", "postcode", "so14 3hr"));
        return ok(earlyHelpKeyworker(), "/api/people", details);
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

    private void decide(String candidateId, String decision, String reason) {
        ResponseEntity<JsonNode> decided = post(
                earlyHelpManager(),
                CANDIDATES + "/{id}/decision",
                Map.of("decision", decision, "reason", reason),
                candidateId);
        assertThat(decided.getStatusCode().value())
                .as(String.valueOf(decided.getBody()))
                .isEqualTo(204);
        awaitReadModels();
    }

    private String jobcentreAndHousingShareWithEarlyHelpForEarlyIdentification() {
        return ok(
                igOfficer(),
                "/api/sharing-agreements",
                Map.of(
                        "title", "Finding families early",
                        "parties",
                                List.of(
                                        Map.of("agency", "southampton-jobcentre"),
                                        Map.of("agency", "southampton-housing"),
                                        Map.of("agency", "southampton-early-help")),
                        "categories", List.of("EMPLOYMENT_AND_BENEFITS", "HOUSING"),
                        "purposes", List.of("EARLY_IDENTIFICATION"),
                        "lawfulBases", List.of("PUBLIC_TASK"),
                        "startsOn", days(-1),
                        "reviewOn", days(365)));
    }

    /** The household of these two on the manager's list. */
    private JsonNode candidateOf(Household household) {
        JsonNode list = get(earlyHelpManager(), CANDIDATES).getBody();
        List<String> seen = new ArrayList<>();
        for (JsonNode candidate : list.get("candidates")) {
            List<String> members = candidate.get("members").findValuesAsText("personId");
            seen.add(members.toString());
            if (candidate.get("kind").asText().equals("HOUSEHOLD")
                    && members.contains(household.son())
                    && members.contains(household.mother())) {
                return candidate;
            }
        }
        throw new AssertionError("no household of " + household + " among " + seen);
    }

    private static JsonNode criterion(JsonNode candidate, String name) {
        for (JsonNode criterion : candidate.get("criteria")) {
            if (criterion.get("criterion").asText().equals(name)) {
                return criterion;
            }
        }
        throw new AssertionError("no criterion " + name + " in " + candidate);
    }

    private record Household(String mother, String son, String jobcentreFact, String housingFact) {}
}
