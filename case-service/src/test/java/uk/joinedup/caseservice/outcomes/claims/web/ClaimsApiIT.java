package uk.joinedup.caseservice.outcomes.claims.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.jobcentreAdviser;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.disclosure.Discloses;

/**
 * Payment-by-results claims through the real API with real tokens: a family that meets Supporting Families,
 * its evidence as the early help team manager may see it for measuring outcomes, a claim drafted, submitted,
 * refused a second time with the earlier claim named, rejected and claimed again; the Troubled Families
 * attachment fee claimed once at its year's amount; bad input, other agencies
 * and keyworkers refused, nothing stored by a refusal.
 */
class ClaimsApiIT extends ApiIntegrationTest {

    private static final String CLAIMS = "/api/outcomes/claims";
    private static final String FAMILY = CLAIMS + "/families/{familyId}";
    private static final String SF = "supporting-families";
    private static final String SUSTAINED = "sustainedOutcomes";
    private static final String RESULT = FAMILY + "/schemes/{scheme}/results/{result}";
    private static final String TF = "troubled-families-phase-1";
    private static final String FEE = "attachmentFee";

    @Test
    @Discloses(CLAIMS)
    @Discloses(CLAIMS + "/export.csv")
    @Discloses(FAMILY)
    void showsTheEvidenceOfAnAchievedResultAndClaimsItOnceUntilItIsRejected() {
        Claimable family = claimableFamily("Claims Hill family");

        JsonNode list = get(earlyHelpManager(), CLAIMS + "?scheme={s}", SF).getBody();
        JsonNode row = rowOf(list, family.id(), SUSTAINED);
        assertThat(row.get("achieved").asBoolean()).isTrue();
        assertThat(row.get("status").asText()).isEqualTo("NOT_CLAIMED");
        assertThat(row.get("earned").decimalValue()).isEqualByComparingTo("800");
        assertThat(list.get("rows").findValuesAsText("scheme")).containsOnly(SF);
        assertThat(list.get("page").asInt()).isEqualTo(1);
        assertThat(list.get("totalRows").asInt()).isEqualTo(list.get("rows").size());
        assertThat(list.get("totalPages").asInt()).isEqualTo(1);
        assertThat(get(earlyHelpManager(), CLAIMS + "?scheme={s}&page=2", SF)
                        .getBody()
                        .get("rows"))
                .as("past the last page")
                .isEmpty();

        JsonNode evaluation = get(earlyHelpManager(), FAMILY, family.id()).getBody();
        assertThat(evaluation.get("factsWithheld").asInt())
                .as("the police's report, under no agreement for outcomes")
                .isEqualTo(1);
        assertThat(evaluation.toString())
                .as("a fact withheld is never evidence")
                .doesNotContain(family.policeFact());
        JsonNode scheme = schemeOf(evaluation, SF);
        assertThat(scheme.get("eligible").asBoolean()).isTrue();
        JsonNode needs = criterion(scheme.get("entry"), "needs");
        assertThat(needs.get("satisfiedBy").findValuesAsText("factId"))
                .containsExactlyInAnyOrderElementsOf(family.needFacts());
        assertThat(needs.get("satisfiedBy").findValuesAsText("personName")).contains("Dana Hill");
        JsonNode result = resultOf(scheme, SUSTAINED);
        assertThat(result.get("achieved").asBoolean()).isTrue();
        assertThat(result.get("claims")).isEmpty();
        assertThat(result.get("parts").findValuesAsText("criterion"))
                .contains("leadProfessional", "wholeFamilyAssessment", "plan");

        ResponseEntity<JsonNode> drafted = postAsIs(earlyHelpManager(), RESULT, Map.of(), family.id(), SF, SUSTAINED);
        assertThat(drafted.getStatusCode().value()).isEqualTo(201);
        String reference = drafted.getBody().get("reference").asText();
        assertThat(reference).isEqualTo(SF + "/" + family.id() + "/" + SUSTAINED + "#1");

        long head = eventStoreHead();
        ResponseEntity<JsonNode> twice = postAsIs(earlyHelpManager(), RESULT, Map.of(), family.id(), SF, SUSTAINED);
        assertThat(twice.getStatusCode().value()).isEqualTo(422);
        assertThat(twice.getBody().get("code").asText()).isEqualTo("already-claimed");
        assertThat(twice.getBody().get("detail").asText()).contains(reference, "draft");
        assertThat(eventStoreHead()).as("a refusal stores nothing").isEqualTo(head);

        JsonNode claimed =
                resultOf(schemeOf(get(earlyHelpManager(), FAMILY, family.id()).getBody(), SF), SUSTAINED);
        JsonNode claim = claimed.get("claims").get(0);
        assertThat(claim.get("status").asText()).isEqualTo("DRAFT");
        assertThat(claim.get("amount").decimalValue()).isEqualByComparingTo("800");
        assertThat(claim.get("draftedBy").asText()).isEqualTo(earlyHelpManager().name());
        assertThat(claim.get("evidence").findValuesAsText("evidence"))
                .isEqualTo(claimed.get("claims").get(0).get("evidence").findValuesAsText("evidence"));
        long version = claimed.get("version").asLong();

        assertThat(postAsIs(
                                earlyHelpManager(),
                                RESULT + "/submission",
                                Map.of("expectedVersion", version),
                                family.id(),
                                SF,
                                SUSTAINED)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        ResponseEntity<JsonNode> afterSubmission = postAsIs(
                earlyHelpManager(), RESULT, Map.of("expectedVersion", version + 1), family.id(), SF, SUSTAINED);
        assertThat(afterSubmission.getStatusCode().value()).isEqualTo(422);
        assertThat(afterSubmission.getBody().get("detail").asText())
                .as("the earlier claim named, with its status and date")
                .contains(reference, "submitted", inWords(days(0)));

        ResponseEntity<JsonNode> stale = postAsIs(
                earlyHelpManager(),
                RESULT + "/payment",
                Map.of("expectedVersion", version, "paidOn", days(0)),
                family.id(),
                SF,
                SUSTAINED);
        assertThat(stale.getStatusCode().value()).as("a version since changed").isEqualTo(409);

        assertThat(postAsIs(
                                earlyHelpManager(),
                                RESULT + "/rejection",
                                Map.of(
                                        "expectedVersion",
                                        version + 1,
                                        "rejectedOn",
                                        days(0),
                                        "reason",
                                        "Outcome evidence incomplete"),
                                family.id(),
                                SF,
                                SUSTAINED)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(rowOf(get(earlyHelpManager(), CLAIMS + "?status=REJECTED").getBody(), family.id(), SUSTAINED)
                        .get("reference")
                        .asText())
                .isEqualTo(reference);

        ResponseEntity<JsonNode> again = postAsIs(
                earlyHelpManager(), RESULT, Map.of("expectedVersion", version + 2), family.id(), SF, SUSTAINED);
        assertThat(again.getStatusCode().value())
                .as("claimed again after a rejection")
                .isEqualTo(201);
        assertThat(again.getBody().get("reference").asText()).endsWith("#2");
        JsonNode drafts =
                get(earlyHelpManager(), CLAIMS + "?scheme={s}&status=DRAFT", SF).getBody();
        assertThat(rowOf(drafts, family.id(), SUSTAINED).get("reference").asText())
                .endsWith("#2");

        ResponseEntity<String> csv = as(earlyHelpManager())
                .get()
                .uri(CLAIMS + "/export.csv?scheme={s}", SF)
                .retrieve()
                .toEntity(String.class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("scheme,familyId,family,result,eligible,achieved,earned,status,reference,statusOn,claimed,"
                        + "judgedOn");
        assertThat(lines)
                .anyMatch(line -> line.startsWith(SF + "," + family.id() + ",Claims Hill family," + SUSTAINED
                        + ",true,true,800,DRAFT," + SF + "/" + family.id() + "/" + SUSTAINED + "#2,"));
    }

    @Test
    void claimsTheAttachmentFeeOfAFamilyMeetingTheEntryCriteriaAtItsYearsAmountOnce() {
        String parent = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Gail", "familyName", "Fenn", "dateOfBirth", "1984-02-03"));
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", "Claims Fenn family"));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", parent, "relationship", "PARENT", "joinedOn", "2013-01-01"),
                family);
        List<String> entry = List.of(
                fact(
                        earlyHelpKeyworker(),
                        parent,
                        "2014-08-01",
                        Map.of(
                                "type",
                                "AntiSocialBehaviourInterventionGiven",
                                "intervention",
                                "ACCEPTABLE_BEHAVIOUR_CONTRACT")),
                fact(
                        jobcentreAdviser(),
                        parent,
                        "2014-01-09",
                        Map.of("type", "BenefitClaimStarted", "benefit", "JOBSEEKERS_ALLOWANCE")),
                fact(housingOfficer(), parent, "2014-07-01", Map.of("type", "EvictionNoticeServed")));
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER"), "receivedOn", "2014-09-20"),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", earlyHelpKeyworker().userId()), "acceptedOn", "2014-10-01"),
                family,
                referral);
        String agreement = ok(
                igOfficer(),
                "/api/sharing-agreements",
                Map.of(
                        "title", "Housing, Jobcentre Plus and early help: measuring outcomes",
                        "parties",
                                List.of(
                                        Map.of("agency", "southampton-housing"),
                                        Map.of("agency", "southampton-jobcentre"),
                                        Map.of("agency", "southampton-early-help")),
                        "categories", List.of("HOUSING", "EMPLOYMENT_AND_BENEFITS"),
                        "purposes", List.of("OUTCOMES"),
                        "lawfulBases", List.of("PUBLIC_TASK"),
                        "startsOn", days(-1),
                        "reviewOn", days(365)));
        try {
            JsonNode row =
                    rowOf(get(earlyHelpManager(), CLAIMS + "?scheme={s}", TF).getBody(), family, FEE);
            assertThat(row.get("eligible").asBoolean()).isTrue();
            assertThat(row.get("achieved").asBoolean()).isTrue();
            assertThat(row.get("earned").decimalValue()).as("joined in 2014/15").isEqualByComparingTo("1600");
            JsonNode scheme = schemeOf(get(earlyHelpManager(), FAMILY, family).getBody(), TF);
            assertThat(scheme.get("paymentYear").asText()).isEqualTo("2014/15");
            assertThat(resultOf(scheme, FEE).get("finding").get("satisfiedBy").findValuesAsText("factId"))
                    .containsExactlyInAnyOrderElementsOf(entry);

            ResponseEntity<JsonNode> drafted = postAsIs(earlyHelpManager(), RESULT, Map.of(), family, TF, FEE);
            assertThat(drafted.getStatusCode().value()).isEqualTo(201);
            String reference = drafted.getBody().get("reference").asText();
            assertThat(reference).isEqualTo(TF + "/" + family + "/" + FEE + "#1");

            long head = eventStoreHead();
            ResponseEntity<JsonNode> twice = postAsIs(earlyHelpManager(), RESULT, Map.of(), family, TF, FEE);
            assertThat(twice.getStatusCode().value()).isEqualTo(422);
            assertThat(twice.getBody().get("code").asText()).isEqualTo("already-claimed");
            assertThat(twice.getBody().get("detail").asText()).contains(reference, "draft");
            assertThat(eventStoreHead()).as("a refusal stores nothing").isEqualTo(head);

            JsonNode claim = resultOf(
                            schemeOf(get(earlyHelpManager(), FAMILY, family).getBody(), TF), FEE)
                    .get("claims")
                    .get(0);
            assertThat(claim.get("amount").decimalValue()).isEqualByComparingTo("1600");
            assertThat(claim.get("paymentYear").asText()).isEqualTo("2014/15");
            assertThat(claim.get("evidence")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(entry);

            List<String> csv = as(earlyHelpManager())
                    .get()
                    .uri(CLAIMS + "/export.csv?scheme={s}", TF)
                    .retrieve()
                    .body(String.class)
                    .lines()
                    .toList();
            assertThat(csv)
                    .anyMatch(line -> line.startsWith(
                            TF + "," + family + ",Claims Fenn family," + FEE + ",true,true,1600,DRAFT," + reference));
        } finally {
            ok(
                    igOfficer(),
                    "/api/sharing-agreements/{id}/end",
                    Map.of("endsOn", days(-1), "reason", "The test is over"),
                    agreement);
        }
    }

    @Test
    void aResultSubmittedAwaitsPaymentAndOncePaidIsTheCaseloadsOutcomePaymentOnTheDashboard() {
        Claimable family = claimableFamily("Claims Payne family");
        JsonNode before = socialInvestment();
        assertThat(postAsIs(earlyHelpManager(), RESULT, Map.of(), family.id(), SF, SUSTAINED)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        long version = resultOf(
                        schemeOf(get(earlyHelpManager(), FAMILY, family.id()).getBody(), SF), SUSTAINED)
                .get("version")
                .asLong();
        assertThat(postAsIs(
                                earlyHelpManager(),
                                RESULT + "/submission",
                                Map.of("expectedVersion", version),
                                family.id(),
                                SF,
                                SUSTAINED)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);

        JsonNode submitted = socialInvestment();
        assertThat(submitted
                        .get("awaitingPayment")
                        .decimalValue()
                        .subtract(before.get("awaitingPayment").decimalValue()))
                .isEqualByComparingTo("800");
        assertThat(submitted.get("resultsAwaitingPayment").asInt()
                        - before.get("resultsAwaitingPayment").asInt())
                .isEqualTo(1);
        assertThat(submitted.get("paid").decimalValue())
                .isEqualByComparingTo(before.get("paid").decimalValue());

        assertThat(postAsIs(
                                earlyHelpManager(),
                                RESULT + "/payment",
                                Map.of("expectedVersion", version + 1, "paidOn", days(0)),
                                family.id(),
                                SF,
                                SUSTAINED)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);

        JsonNode paid = socialInvestment();
        assertThat(paid.get("paid").decimalValue().subtract(before.get("paid").decimalValue()))
                .isEqualByComparingTo("800");
        assertThat(paid.get("resultsPaid").asInt() - before.get("resultsPaid").asInt())
                .isEqualTo(1);
        assertThat(paid.get("awaitingPayment").decimalValue())
                .isEqualByComparingTo(before.get("awaitingPayment").decimalValue());
        assertThat(paid.get("bondFundedServices").asText()).contains("not recorded");
    }

    private JsonNode socialInvestment() {
        ResponseEntity<JsonNode> dashboard = get(earlyHelpManager(), "/api/outcomes/indicators?scope=agency");
        assertThat(dashboard.getStatusCode().value()).isEqualTo(200);
        return dashboard.getBody().get("socialInvestment");
    }

    @Test
    void readsAnotherAgencysFactOnlyUnderAnAgreementForMeasuringOutcomes() {
        Claimable family = claimableFamily("Claims Lamb family");
        String parent = family.parentId();
        String housingFact = fact(
                housingOfficer(),
                parent,
                days(-335),
                Map.of("type", "AntiSocialBehaviourReported", "description", "Damage to the stairwell"));
        JsonNode before = get(earlyHelpManager(), FAMILY, family.id()).getBody();
        assertThat(before.get("factsWithheld").asInt())
                .as("the police's and housing's")
                .isEqualTo(2);
        assertThat(before.toString()).doesNotContain(housingFact);

        String agreement = outcomesAgreementWithEarlyHelp("southampton-housing");
        try {
            JsonNode after = get(earlyHelpManager(), FAMILY, family.id()).getBody();
            assertThat(after.get("factsWithheld").asInt())
                    .as("the police's only")
                    .isEqualTo(1);
            JsonNode crime = criterion(schemeOf(after, SF).get("entry"), "need.crime");
            assertThat(crime.get("satisfiedBy").findValuesAsText("factId")).contains(housingFact);
            assertThat(after.toString()).doesNotContain(family.policeFact());
        } finally {
            endAgreement(agreement);
        }
        assertThat(get(earlyHelpManager(), FAMILY, family.id())
                        .getBody()
                        .get("factsWithheld")
                        .asInt())
                .as("ended: withheld again")
                .isEqualTo(2);
    }

    @Test
    void theListFollowsAFactRecordedSinceAndAnAgreementFromItsStartToItsEnd() {
        Claimable family = claimableFamily("Claims Nash family");
        assertThat(rowOf(list(), family.id(), SUSTAINED).get("achieved").asBoolean())
                .isTrue();
        int withheld = list().get("familiesWithFactsWithheld").asInt();
        assertThat(withheld).as("the police's report among them").isPositive();

        String agreement = outcomesAgreementWithEarlyHelp("hampshire-police");
        try {
            assertThat(list().get("familiesWithFactsWithheld").asInt())
                    .as("the police's reports shown under the agreement")
                    .isLessThan(withheld);
        } finally {
            endAgreement(agreement);
        }
        assertThat(list().get("familiesWithFactsWithheld").asInt())
                .as("ended: withheld again")
                .isEqualTo(withheld);

        fact(
                earlyHelpKeyworker(),
                family.parentId(),
                days(-5),
                Map.of("type", "DomesticAbuseIncidentReported", "risk", "MEDIUM"));
        awaitReadModels();
        assertThat(rowOf(list(), family.id(), SUSTAINED).get("achieved").asBoolean())
                .as("a need again within six months: not sustained")
                .isFalse();
    }

    /** An agreement, in force since yesterday, to share an agency's offending facts with early help for outcomes. */
    private String outcomesAgreementWithEarlyHelp(String agency) {
        return ok(
                igOfficer(),
                "/api/sharing-agreements",
                Map.of(
                        "title", "Measuring outcomes with early help",
                        "parties", List.of(Map.of("agency", agency), Map.of("agency", "southampton-early-help")),
                        "categories", List.of("OFFENDING"),
                        "purposes", List.of("OUTCOMES"),
                        "lawfulBases", List.of("PUBLIC_TASK"),
                        "startsOn", days(-1),
                        "reviewOn", days(365)));
    }

    private void endAgreement(String agreement) {
        ok(
                igOfficer(),
                "/api/sharing-agreements/{id}/end",
                Map.of("endsOn", days(-1), "reason", "The test is over"),
                agreement);
    }

    private JsonNode list() {
        return get(earlyHelpManager(), CLAIMS + "?scheme={s}", SF).getBody();
    }

    @Test
    void aClaimActionReadsTheEvidenceWithoutLoggingAViewAndTheFamilysPageLogsOne() {
        Claimable family = claimableFamily("Claims Logged family");
        long before = familyViewsOf(family);

        assertThat(postAsIs(earlyHelpManager(), RESULT, Map.of(), family.id(), SF, SUSTAINED)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        assertThat(familyViewsOf(family))
                .as("drafting shows nothing of the family")
                .isEqualTo(before);

        get(earlyHelpManager(), FAMILY, family.id());
        assertThat(familyViewsOf(family)).as("its page shows the evidence").isEqualTo(before + 1);
    }

    /** The early help manager's views of the family in the access log. */
    private long familyViewsOf(Claimable family) {
        JsonNode page = get(
                        igOfficer(),
                        "/api/access-log?person={p}&user={u}",
                        family.parentId(),
                        earlyHelpManager().userId())
                .getBody();
        long views = 0;
        for (JsonNode record : page.get("records")) {
            if (record.get("what").asText().equals("FAMILY")
                    && record.get("subjectId").asText().equals(family.id())) {
                views++;
            }
        }
        return views;
    }

    @Test
    void refusesAResultTheFamilyHasNotAchieved() {
        Claimable family = claimableFamily("Claims Irwin family");
        JsonNode tf = schemeOf(get(earlyHelpManager(), FAMILY, family.id()).getBody(), "troubled-families-phase-1");
        assertThat(resultOf(tf, "continuousEmployment").get("achieved").asBoolean())
                .isFalse();
        long head = eventStoreHead();

        ResponseEntity<JsonNode> refused = postAsIs(
                earlyHelpManager(), RESULT, Map.of(), family.id(), "troubled-families-phase-1", "continuousEmployment");

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("result-not-achieved");
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void answersBadInputWithTheFieldsAndStoresNothing() {
        Claimable family = claimableFamily("Claims Jones family");
        assertThat(postAsIs(earlyHelpManager(), RESULT, Map.of(), family.id(), SF, SUSTAINED)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        long head = eventStoreHead();

        ResponseEntity<JsonNode> noVersion =
                postAsIs(earlyHelpManager(), RESULT + "/submission", Map.of(), family.id(), SF, SUSTAINED);
        assertThat(noVersion.getStatusCode().value()).isEqualTo(400);
        assertThat(noVersion.getBody().get("errors").findValuesAsText("field")).containsExactly("expectedVersion");

        ResponseEntity<JsonNode> badRejection = postAsIs(
                earlyHelpManager(),
                RESULT + "/rejection",
                Map.of("expectedVersion", 0, "rejectedOn", days(3), "reason", " "),
                family.id(),
                SF,
                SUSTAINED);
        assertThat(badRejection.getStatusCode().value()).isEqualTo(400);
        assertThat(badRejection.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("rejectedOn", "reason");

        ResponseEntity<JsonNode> pageZero = get(earlyHelpManager(), CLAIMS + "?page=0");
        assertThat(pageZero.getStatusCode().value()).isEqualTo(400);
        assertThat(pageZero.getBody().get("errors").findValuesAsText("field")).containsExactly("page");
        ResponseEntity<JsonNode> unknownScheme = get(earlyHelpManager(), CLAIMS + "?scheme=lottery");
        assertThat(unknownScheme.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownScheme.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("scheme");

        ResponseEntity<JsonNode> noDate = postAsIs(
                earlyHelpManager(), RESULT + "/payment", Map.of("expectedVersion", 0), family.id(), SF, SUSTAINED);
        assertThat(noDate.getBody().get("errors").findValuesAsText("field")).containsExactly("paidOn");

        ResponseEntity<JsonNode> notSubmitted = postAsIs(
                earlyHelpManager(),
                RESULT + "/payment",
                Map.of("expectedVersion", 0, "paidOn", days(0)),
                family.id(),
                SF,
                SUSTAINED);
        assertThat(notSubmitted.getStatusCode().value()).isEqualTo(422);
        assertThat(notSubmitted.getBody().get("code").asText()).isEqualTo("claim-not-submitted");
        assertThat(eventStoreHead()).isEqualTo(head);

        ResponseEntity<JsonNode> badFilters = get(earlyHelpManager(), CLAIMS + "?status=LOST");
        assertThat(badFilters.getStatusCode().value()).isEqualTo(400);
        assertThat(badFilters.getBody().get("errors").findValuesAsText("field")).containsExactly("status");
        ResponseEntity<JsonNode> badScheme = get(earlyHelpManager(), CLAIMS + "?scheme=lottery");
        assertThat(badScheme.getStatusCode().value()).isEqualTo(400);
        assertThat(badScheme.getBody().get("errors").findValuesAsText("field")).containsExactly("scheme");

        assertThat(postAsIs(earlyHelpManager(), RESULT, Map.of(), family.id(), SF, "jackpot")
                        .getStatusCode()
                        .value())
                .as("no such result")
                .isEqualTo(404);
        assertThat(postAsIs(earlyHelpManager(), RESULT, Map.of(), family.id(), "lottery", SUSTAINED)
                        .getStatusCode()
                        .value())
                .as("no such scheme")
                .isEqualTo(404);
    }

    @Test
    void refusesKeyworkersAndAnswersManagersOfAgenciesNotInvolvedAsForAnUnknownFamily() {
        Claimable family = claimableFamily("Claims King family");

        for (String route : List.of(CLAIMS, CLAIMS + "/export.csv", CLAIMS + "/families/" + family.id())) {
            assertThat(get(earlyHelpKeyworker(), route).getStatusCode().value())
                    .as("a keyworker: " + route)
                    .isEqualTo(403);
        }
        assertThat(postAsIs(earlyHelpKeyworker(), RESULT, Map.of(), family.id(), SF, SUSTAINED)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);

        assertThat(get(policeManager(), FAMILY, family.id()).getStatusCode().value())
                .as("the police are not involved in the case")
                .isEqualTo(404);
        assertThat(postAsIs(policeManager(), RESULT, Map.of(), family.id(), SF, SUSTAINED)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(get(policeManager(), CLAIMS).getBody().get("rows").findValuesAsText("familyId"))
                .doesNotContain(family.id());
        assertThat(get(earlyHelpManager(), FAMILY, "no-such-family")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(anonymous()
                        .get()
                        .uri(CLAIMS)
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    /**
     * A family with a child that joined the programme 300 days ago with three needs recorded by early help
     * 30 days before (mental health, domestic abuse, anti-social behaviour) and none since, a lead
     * professional, an assessment and a plan: Supporting Families' outcomes are sustained. The police also
     * reported anti-social behaviour, which early help may not see for outcomes.
     */
    private Claimable claimableFamily(String name) {
        String parent = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Dana", "familyName", "Hill", "dateOfBirth", "1986-03-04"));
        String child = ok(
                earlyHelpKeyworker(),
                "/api/people",
                Map.of("givenNames", "Ellis", "familyName", "Hill", "dateOfBirth", "2016-05-06"));
        String family = ok(earlyHelpKeyworker(), "/api/families", Map.of("name", name));
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", parent, "relationship", "PARENT", "joinedOn", days(-400)),
                family);
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/members",
                Map.of("personId", child, "relationship", "CHILD", "joinedOn", days(-400)),
                family);
        List<String> needs = new ArrayList<>();
        needs.add(fact(
                earlyHelpKeyworker(),
                parent,
                days(-330),
                Map.of("type", "ReferredToMentalHealthService", "service", "CAMHS")));
        needs.add(fact(
                earlyHelpKeyworker(),
                parent,
                days(-329),
                Map.of("type", "DomesticAbuseIncidentReported", "risk", "MEDIUM")));
        needs.add(fact(
                earlyHelpKeyworker(),
                parent,
                days(-328),
                Map.of("type", "AntiSocialBehaviourReported", "description", "Noise")));
        String police = fact(
                policeOfficer(),
                parent,
                days(-340),
                Map.of("type", "AntiSocialBehaviourReported", "description", "Damage"));
        String referral = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/referrals",
                Map.of("reason", "Concern", "riskFactors", List.of("OTHER"), "receivedOn", days(-310)),
                family);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/referrals/{r}/acceptance",
                Map.of("allocatedTo", Map.of("username", earlyHelpKeyworker().userId()), "acceptedOn", days(-300)),
                family,
                referral);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/lead-professional",
                Map.of("userId", earlyHelpKeyworker().userId(), "appointedOn", days(-299)),
                family);
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String domain : List.of("FAMILY", "EDUCATION", "OFFENDING", "WORK", "HEALTH", "HOUSING", "MONEY")) {
            scores.add(Map.of("domain", domain, "score", 2, "evidence", "What the family said"));
        }
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/assessments",
                Map.of("needs", scores, "completedOn", days(-290)),
                family);
        Map<String, Object> plan = new HashMap<>();
        plan.put(
                "goals",
                List.of(Map.of(
                        "need",
                        "HEALTH",
                        "description",
                        "Support in place",
                        "actions",
                        List.of(Map.of(
                                "description",
                                "Attend sessions",
                                "ownerAgency",
                                "southampton-early-help",
                                "dueOn",
                                days(30))))));
        plan.put("nextReviewOn", days(42));
        plan.put("agreedOn", days(-280));
        ok(earlyHelpKeyworker(), "/api/families/{id}/plan", plan, family);
        return new Claimable(family, parent, needs, police);
    }

    private String fact(Actor by, String person, String on, Map<String, Object> fact) {
        ResponseEntity<JsonNode> recorded =
                post(by, "/api/people/{id}/facts", Map.of("occurredOn", on, "fact", fact), person);
        if (!recorded.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("fact answered " + recorded.getStatusCode() + ": " + recorded.getBody());
        }
        return recorded.getBody().get("id").asText();
    }

    private static JsonNode rowOf(JsonNode list, String familyId, String result) {
        for (JsonNode row : list.get("rows")) {
            if (row.get("familyId").asText().equals(familyId)
                    && row.get("result").asText().equals(result)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + familyId + " " + result + " in " + list);
    }

    private static JsonNode schemeOf(JsonNode evaluation, String scheme) {
        for (JsonNode one : evaluation.get("schemes")) {
            if (one.get("scheme").asText().equals(scheme)) {
                return one;
            }
        }
        throw new AssertionError("no scheme " + scheme + " in " + evaluation);
    }

    private static JsonNode resultOf(JsonNode scheme, String result) {
        for (JsonNode one : scheme.get("results")) {
            if (one.get("result").asText().equals(result)) {
                return one;
            }
        }
        throw new AssertionError("no result " + result + " in " + scheme);
    }

    private static JsonNode criterion(JsonNode criteria, String name) {
        for (JsonNode one : criteria) {
            if (one.get("criterion").asText().equals(name)) {
                return one;
            }
        }
        throw new AssertionError("no criterion " + name + " in " + criteria);
    }

    private static String inWords(String isoDate) {
        return java.time.LocalDate.parse(isoDate)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    /** A family, its parent, the ids of the facts that show its needs, and the police's fact early help may not see. */
    private record Claimable(String id, String parentId, List<String> needFacts, String policeFact) {}
}
