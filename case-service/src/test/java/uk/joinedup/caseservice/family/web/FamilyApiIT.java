package uk.joinedup.caseservice.family.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.disclosure.Discloses;

/**
 * A family's case through the REST API, from registration to closure: the household, referral, team,
 * lead professional and handover, assessment, plan, review, the chronology from several agencies, "as
 * at" views, conflicting edits and who may see what.
 */
class FamilyApiIT extends ApiIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Test
    void runsAFamilysCaseFromReferralToClosure() {
        String family = familyWithTwoMembers();
        String stephen = memberId(family, "Stephen Walker");

        String referral = ok(
                probationKeyworker(),
                "/api/families/{id}/referrals",
                Map.of(
                        "reason", "Stephen released on licence; his son Liam is missing school",
                        "riskFactors", List.of("PARENT_IN_CUSTODY", "SCHOOL_ABSENCE_OR_EXCLUSION"),
                        "receivedOn", days(-40)),
                family);
        assertThat(family(earlyHelpManager(), family).get("status").asText()).isEqualTo("NOT_OPEN");

        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", member(earlyHelpKeyworker()), "acceptedOn", days(-35)),
                family,
                referral);
        JsonNode opened = family(earlyHelpKeyworker(), family);
        assertThat(opened.get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.get("needsLeadProfessional").asBoolean()).isTrue();
        assertThat(unled(earlyHelpManager())).contains(family);
        assertThat(unled(earlyHelpKeyworker()))
                .as("only managers see the unled list")
                .isEmpty();

        ok(
                earlyHelpManager(),
                "/api/families/{id}/team",
                Map.of("username", "dee.walsh", "role", "Employment adviser", "joinedOn", days(-34)),
                family);
        ok(
                probationKeyworker(),
                "/api/families/{id}/team/requests",
                Map.of(
                        "reason", "Stephen is on licence to me",
                        "role", "Probation practitioner",
                        "contact", "jo.carter@probation.example"),
                family);
        ok(earlyHelpManager(), "/api/families/{id}/team/requests/{u}/approval", Map.of(), family, "jo.carter");
        assertThat(family(probationKeyworker(), family).get("team").findValuesAsText("userId"))
                .contains("sam.patel", "dee.walsh", "jo.carter");

        long version = family(earlyHelpManager(), family).get("version").asLong();
        ok(
                earlyHelpManager(),
                "/api/families/{id}/lead-professional",
                Map.of("userId", "sam.patel", "expectedVersion", version, "appointedOn", days(-33)),
                family);
        JsonNode led = family(earlyHelpKeyworker(), family);
        assertThat(led.at("/lead/member/name").asText()).isEqualTo("Sam Patel");
        assertThat(led.get("needsLeadProfessional").asBoolean()).isFalse();
        assertThat(unled(earlyHelpManager())).doesNotContain(family);

        ResponseEntity<JsonNode> stale = post(
                earlyHelpKeyworker(),
                "/api/families/{id}/lead-professional/handover",
                Map.of("toUserId", "dee.walsh", "note", "Over to work", "expectedVersion", version),
                family);
        assertThat(stale.getStatusCode())
                .as("someone changed the family since version " + version)
                .isEqualTo(HttpStatus.CONFLICT);

        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/assessments",
                Map.of("needs", needs(3), "completedOn", days(-30)),
                family);
        ok(earlyHelpKeyworker(), "/api/families/{id}/assessments", Map.of("needs", needs(1)), family);
        JsonNode assessed = family(earlyHelpKeyworker(), family);
        JsonNode education = need(assessed, "EDUCATION");
        assertThat(education.get("score").asInt()).isEqualTo(1);
        assertThat(education.get("previousScore").asInt()).isEqualTo(3);

        String plan = ok(
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
                                        List.of(
                                                Map.of(
                                                        "description",
                                                        "Morning routine",
                                                        "ownerAgency",
                                                        "southampton-early-help",
                                                        "dueOn",
                                                        days(-1)),
                                                Map.of(
                                                        "description",
                                                        "Job search",
                                                        "ownerAgency",
                                                        "southampton-jobcentre",
                                                        "ownerName",
                                                        "Dee Walsh",
                                                        "dueOn",
                                                        days(30))))),
                        "nextReviewOn", days(42),
                        "expectedVersion", assessed.get("version").asLong()),
                family);
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/plan/agreement",
                Map.of("planId", plan, "agreedBy", "Stephen Walker"),
                family);

        JsonNode planned = family(earlyHelpKeyworker(), family);
        assertThat(planned.at("/plan/familyAgreedBy").asText()).isEqualTo("Stephen Walker");
        assertThat(planned.at("/plan/actions").findValuesAsText("status")).containsExactly("OVERDUE", "OPEN");
        assertThat(caseloadEntry(earlyHelpKeyworker(), family)
                        .get("overdueActions")
                        .asInt())
                .isEqualTo(1);
        assertThat(caseloadEntry(earlyHelpKeyworker(), family).get("youAreLead").asBoolean())
                .isTrue();

        ok(
                jobcentreAdviser(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(-3),
                        "fact",
                        Map.of("type", "BenefitClaimStarted", "benefit", "JOBSEEKERS_ALLOWANCE")),
                stephen);
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(-2),
                        "fact",
                        Map.of("type", "CaseNoteWritten", "text", "Home visit with Stephen.")),
                stephen);

        JsonNode beforeConsent = family(jobcentreAdviser(), family);
        assertThat(kinds(beforeConsent))
                .as("a working relationship is not a lawful basis for early help's case note")
                .doesNotContain("CaseNoteWritten");
        assertThat(beforeConsent.get("withheldFrom").toString())
                .contains("southampton-early-help", "CASE_NOTE", "NO_CONSENT");

        // Stephen's consent lets each agency see the other's
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/consents",
                stephensConsent(
                        List.of("southampton-jobcentre", "southampton-early-help"),
                        "CASE_NOTE",
                        "EMPLOYMENT_AND_BENEFITS"),
                stephen);
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/lead-professional/handover",
                Map.of(
                        "toUserId",
                        "dee.walsh",
                        "note",
                        "Work is the main need now; Stephen prefers phone calls.",
                        "expectedVersion",
                        family(earlyHelpKeyworker(), family).get("version").asLong()),
                family);
        JsonNode handedOver = family(jobcentreAdviser(), family);
        assertThat(handedOver.at("/lead/member/name").asText()).isEqualTo("Dee Walsh");
        assertThat(kinds(handedOver)).contains("LeadProfessionalHandedOver", "BenefitClaimStarted", "CaseNoteWritten");
        assertThat(handedOver.get("entries").findValuesAsText("owningAgency"))
                .contains("southampton-jobcentre", "southampton-early-help", "southampton-probation");

        assertThat(handedOver.get("agencies").findValuesAsText("id"))
                .contains("southampton-jobcentre", "southampton-early-help", "southampton-probation");
        JsonNode jobcentreOnly = get(jobcentreAdviser(), "/api/families/{id}?agency=southampton-jobcentre", family)
                .getBody();
        assertThat(jobcentreOnly.get("entries").findValuesAsText("owningAgency"))
                .containsOnly("southampton-jobcentre");

        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/reviews",
                Map.of("notes", "Liam attending; Stephen applying for jobs.", "nextReviewOn", days(28)),
                family);

        String actionId = planned.at("/plan/actions/0/actionId").asText();
        ok(earlyHelpKeyworker(), "/api/families/{id}/plan/actions/{a}/completion", Map.of(), family, actionId);
        ResponseEntity<JsonNode> stillOpen = post(
                jobcentreAdviser(),
                "/api/families/{id}/closure",
                Map.of("reason", "OUTCOMES_ACHIEVED", "outcomeSummary", "Liam attending"),
                family);
        assertThat(stillOpen.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(stillOpen.getBody().get("code").asText()).isEqualTo("open-actions-remain");

        ok(
                earlyHelpManager(),
                "/api/families/{id}/closure",
                Map.of(
                        "reason", "OUTCOMES_ACHIEVED",
                        "outcomeSummary", "Liam attending every day; Stephen in work.",
                        "overrideOpenActions", true),
                family);
        JsonNode closed = family(earlyHelpKeyworker(), family);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.at("/closure/openActionsOverridden").asBoolean()).isTrue();

        ResponseEntity<JsonNode> notTheLead =
                post(earlyHelpKeyworker(), "/api/families/{id}/reopening", Map.of("reason", "Again"), family);
        assertThat(notTheLead.getBody().get("code").asText()).isEqualTo("lead-or-manager-only");
        ok(earlyHelpManager(), "/api/families/{id}/reopening", Map.of("reason", "Liam excluded again"), family);
        JsonNode reopened = family(earlyHelpKeyworker(), family);
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.path("lead").isMissingNode()
                        || reopened.path("lead").isNull())
                .as("closing ended Dee Walsh's appointment")
                .isTrue();
        assertThat(reopened.get("needsLeadProfessional").asBoolean()).isTrue();
        assertThat(kinds(reopened)).contains("LeadProfessionalAppointmentEnded");
        assertThat(unled(earlyHelpManager())).contains(family);
        ok(earlyHelpManager(), "/api/families/{id}/lead-professional", Map.of("userId", "sam.patel"), family);
        JsonNode ledAgain = family(earlyHelpKeyworker(), family);
        assertThat(ledAgain.at("/lead/member/name").asText()).isEqualTo("Sam Patel");
        assertThat(unled(earlyHelpManager())).doesNotContain(family);
    }

    @Test
    void findsFamiliesByName() {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "The O'Sullivan-Brown family"));
        assertThat(get(housingOfficer(), "/api/families?name={n}", "osullivanbrown")
                        .getBody()
                        .findValuesAsText("familyId"))
                .as("a hyphenated name whole")
                .containsExactly(family);
        assertThat(get(housingOfficer(), "/api/families?name={n}", "O'Sullivan")
                        .getBody()
                        .findValuesAsText("familyId"))
                .containsExactly(family);
        assertThat(get(housingOfficer(), "/api/families?name={n}", "brown family")
                        .getBody()
                        .findValuesAsText("familyId"))
                .contains(family);
        assertThat(get(housingOfficer(), "/api/families?name={n}", "family").getStatusCode())
                .as("no name to search by")
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /** A family of two referred by probation 20 days ago, whose case early help opened 10 days ago. */
    private String referredTwentyDaysAgoAndOpenedTen() {
        String family = familyWithTwoMembers();
        String referral = ok(
                probationKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER"), "receivedOn", days(-20)),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", member(earlyHelpKeyworker()), "acceptedOn", days(-10)),
                family,
                referral);
        return family;
    }

    @Test
    void showsTheFamilyAsItStoodOnAPastDateFromTheEventStream() {
        String family = referredTwentyDaysAgoAndOpenedTen();

        JsonNode monthAgo = get(earlyHelpKeyworker(), "/api/families/{id}?asAt={d}", family, days(-30))
                .getBody();
        assertThat(monthAgo.get("asAt").asText()).isEqualTo(days(-30));
        assertThat(monthAgo.get("status").asText()).isEqualTo("NOT_OPEN");
        assertThat(monthAgo.get("members")).hasSize(2);
        assertThat(kinds(monthAgo)).doesNotContain("ReferralReceived", "CaseOpened");

        JsonNode fortnightAgo = get(earlyHelpKeyworker(), "/api/families/{id}?asAt={d}", family, days(-14))
                .getBody();
        assertThat(kinds(fortnightAgo)).contains("ReferralReceived").doesNotContain("CaseOpened");

        assertThat(get(earlyHelpKeyworker(), "/api/families/{id}?asAt={d}", "no-family", days(-1))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void judgesWhatWasDueOnAPastDateByThatDateNotToday() {
        String family = referredTwentyDaysAgoAndOpenedTen();
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/assessments",
                Map.of("needs", needs(3), "completedOn", days(-9)),
                family);
        ok(
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
                                        "Morning routine",
                                        "ownerAgency",
                                        "southampton-early-help",
                                        "dueOn",
                                        days(-4))))),
                        "nextReviewOn",
                        days(-3),
                        "agreedOn",
                        days(-9)),
                family);

        JsonNode now = family(earlyHelpKeyworker(), family);
        assertThat(now.get("reviewOverdue").asBoolean()).isTrue();
        assertThat(now.at("/plan/actions").findValuesAsText("status")).containsExactly("OVERDUE");

        JsonNode sixDaysAgo = get(earlyHelpKeyworker(), "/api/families/{id}?asAt={d}", family, days(-6))
                .getBody();
        assertThat(sixDaysAgo.get("reviewOverdue").asBoolean())
                .as("the review was three days away then")
                .isFalse();
        assertThat(sixDaysAgo.at("/plan/actions").findValuesAsText("status"))
                .as("the action was not yet due then")
                .containsExactly("OPEN");
    }

    @Test
    @Discloses("/api/families/{familyId}")
    @Discloses("/api/people/{personId}")
    void withholdsTheFamilysCaseworkAndFactsFromAnAgencyOutsideTheTeam() {
        String family = familyWithTwoMembers();
        String stephen = memberId(family, "Stephen Walker");
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER")),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", member(earlyHelpKeyworker())),
                family,
                referral);
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        days(-2),
                        "fact",
                        Map.of("type", "CaseNoteWritten", "text", "Confidential to the team.")),
                stephen);

        JsonNode outsider = family(housingOfficer(), family);

        assertThat(outsider.get("casework").asBoolean()).isFalse();
        assertThat(outsider.get("team")).isEmpty();
        assertThat(outsider.get("entries")).isEmpty();
        assertThat(outsider.get("withheld").asInt()).isGreaterThan(0);
        assertThat(outsider.toString()).doesNotContain("Confidential to the team.");

        JsonNode outsiderOnPerson =
                get(housingOfficer(), "/api/people/{id}", stephen).getBody();
        assertThat(outsiderOnPerson.toString()).doesNotContain("Confidential to the team.");

        ok(earlyHelpManager(), "/api/families/{id}/team", member(housingOfficer()), family);
        JsonNode onTheTeam = family(housingOfficer(), family);
        assertThat(onTheTeam.get("casework").asBoolean())
                .as("joining the team shows the casework at once")
                .isTrue();
        assertThat(onTheTeam.toString())
                .as("a working relationship is not a lawful basis for another agency's note")
                .doesNotContain("Confidential to the team.");
        ok(
                earlyHelpKeyworker(),
                "/api/people/{id}/consents",
                stephensConsent(List.of("southampton-housing"), "CASE_NOTE"),
                stephen);
        assertThat(family(housingOfficer(), family).toString())
                .as("Stephen's consent opens it on the next request")
                .contains("Confidential to the team.");
    }

    @Test
    void answersInvalidCaseworkWithFieldMessages() {
        String family = familyWithTwoMembers();
        ResponseEntity<JsonNode> invalid = post(
                earlyHelpKeyworker(),
                "/api/families/{id}/plan",
                Map.of("goals", List.of(Map.of("description", "", "actions", List.of()))),
                family);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("errors").findValuesAsText("field"))
                .contains("goals[0].need", "goals[0].description", "goals[0].actions", "nextReviewOn");

        ResponseEntity<JsonNode> notOnTheTeam =
                post(policeOfficer(), "/api/families/{id}/assessments", Map.of("needs", needs(2)), family);
        assertThat(notOnTheTeam.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notOnTheTeam.getBody().get("code").asText()).isEqualTo("not-working-the-case");

        ResponseEntity<JsonNode> notOpen =
                post(earlyHelpManager(), "/api/families/{id}/assessments", Map.of("needs", needs(2)), family);
        assertThat(notOpen.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notOpen.getBody().get("code").asText()).isEqualTo("case-not-open");
    }

    private String familyWithTwoMembers() {
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Walker family"));
        String stephen = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Stephen", "familyName", "Walker", "dateOfBirth", "1984-02-09"));
        String liam = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Liam", "familyName", "Walker", "dateOfBirth", "2011-10-03"));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", stephen, "relationship", "PARENT", "joinedOn", days(-90)),
                family);
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", liam, "relationship", "CHILD", "joinedOn", days(-90)),
                family);
        return family;
    }

    /** Stephen's own consent, for a year, that the agencies may see his information of the categories. */
    private static Map<String, Object> stephensConsent(List<String> agencies, String... categories) {
        return Map.of(
                "givenBy",
                "THE_PERSON",
                "recipients",
                agencies,
                "categories",
                List.of(categories),
                "purpose",
                "FAMILY_SUPPORT",
                "validUntil",
                days(365),
                "evidence",
                "SIGNED_FORM");
    }

    private JsonNode family(Actor viewer, String familyId) {
        ResponseEntity<JsonNode> response = get(viewer, "/api/families/{id}", familyId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private String memberId(String family, String name) {
        for (JsonNode member : family(earlyHelpKeyworker(), family).get("members")) {
            if (member.get("name").asText().equals(name)) {
                return member.get("personId").asText();
            }
        }
        throw new AssertionError("No member " + name);
    }

    private List<String> awaitingDecision(Actor viewer) {
        return allPages(viewer, "/api/referrals/awaiting-decision", "referralId");
    }

    private List<String> unled(Actor viewer) {
        return allPages(viewer, "/api/cases/without-lead-professional", "familyId");
    }

    private JsonNode caseloadEntry(Actor viewer, String familyId) {
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonNode caseload = get(viewer, "/api/caseload?page={page}", page).getBody();
            pages = caseload.get("totalPages").asInt();
            for (JsonNode summary : caseload.get("items")) {
                if (summary.get("familyId").asText().equals(familyId)) {
                    return summary;
                }
            }
        }
        throw new AssertionError("Family not in " + viewer.userId() + "'s caseload");
    }

    private static JsonNode need(JsonNode family, String domain) {
        for (JsonNode need : family.at("/assessment/needs")) {
            if (need.get("domain").asText().equals(domain)) {
                return need;
            }
        }
        throw new AssertionError("No " + domain + " need");
    }

    private static List<String> kinds(JsonNode view) {
        return view.get("entries").findValuesAsText("kind");
    }

    private static List<Map<String, Object>> needs(int education) {
        List<Map<String, Object>> needs = new ArrayList<>();
        for (String domain : List.of("FAMILY", "EDUCATION", "OFFENDING", "WORK", "HEALTH", "HOUSING", "MONEY")) {
            needs.add(Map.of(
                    "domain",
                    domain,
                    "score",
                    domain.equals("EDUCATION") ? education : 0,
                    "evidence",
                    "What the family said"));
        }
        return needs;
    }

    /** A practitioner to put on a team: named by username only, their agency from the staff directory. */
    private static Map<String, String> member(Actor actor) {
        return Map.of("username", actor.userId(), "role", "Keyworker");
    }

    private static String days(int offset) {
        return TODAY.plusDays(offset).toString();
    }
}
