package uk.joinedup.caseservice.family.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.TeamsAroundFamilies.caseWithPlan;
import static uk.joinedup.caseservice.TeamsAroundFamilies.days;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.policeManager;
import static uk.joinedup.caseservice.agency.Actors.policeOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.TeamsAroundFamilies.CaseWithPlan;
import uk.joinedup.caseservice.disclosure.Discloses;

/**
 * A transfer over HTTP: the case stays with its lead until the receiving agency's team manager decides, who finds
 * it in their inbox and sees the casework to decide on; accepting hands it over with its whole history, declining
 * leaves it; the family page says who holds the case throughout.
 */
class TransferApiIT extends ApiIntegrationTest {

    @Test
    @Discloses("/api/transfers/awaiting-decision")
    void theCaseStaysWithItsLeadUntilTheReceivingAgencyAcceptsItThenItsHistoryMovesWithIt() {
        CaseWithPlan family = caseWithPlan(this, "Transferred");
        assertThat(get(policeManager(), "/api/families/{id}", family.familyId())
                        .getBody()
                        .get("casework")
                        .asBoolean())
                .as("not involved before the proposal")
                .isFalse();

        String transfer = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/transfers",
                Map.of("proposedLead", "ray.hughes", "reason", "Liam's offending is now the main concern"),
                family.familyId());

        JsonNode pending = get(earlyHelpKeyworker(), "/api/families/{id}", family.familyId())
                .getBody();
        assertThat(pending.at("/lead/member/name").asText())
                .as("still Sam's until accepted")
                .isEqualTo("Sam Patel");
        assertThat(pending.at("/transfers/0/status").asText()).isEqualTo("PROPOSED");
        assertThat(pending.at("/transfers/0/proposedLead/agencyName").asText())
                .isEqualTo("Hampshire and Isle of Wight Constabulary");
        assertThat(pending.get("mayDecideTransfer").asBoolean()).isFalse();

        JsonNode inbox =
                get(policeManager(), "/api/transfers/awaiting-decision").getBody();
        assertThat(inbox.findValuesAsText("transferId")).contains(transfer);
        JsonNode seenByReceiver =
                get(policeManager(), "/api/families/{id}", family.familyId()).getBody();
        assertThat(seenByReceiver.get("casework").asBoolean())
                .as("to decide on it")
                .isTrue();
        assertThat(seenByReceiver.get("mayDecideTransfer").asBoolean()).isTrue();
        assertThat(get(earlyHelpManager(), "/api/transfers/awaiting-decision")
                        .getBody()
                        .findValuesAsText("transferId"))
                .doesNotContain(transfer);

        ResponseEntity<JsonNode> notTheirs = post(
                earlyHelpManager(),
                "/api/families/{id}/transfers/{t}/acceptance",
                Map.of(),
                family.familyId(),
                transfer);
        assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notTheirs.getBody().get("code").asText()).isEqualTo("receiving-managers-only");

        ok(policeManager(), "/api/families/{id}/transfers/{t}/acceptance", Map.of(), family.familyId(), transfer);

        JsonNode moved =
                get(policeOfficer(), "/api/families/{id}", family.familyId()).getBody();
        assertThat(moved.at("/lead/member/name").asText()).isEqualTo("Ray Hughes");
        assertThat(moved.get("team").findValuesAsText("userId")).contains("ray.hughes", "sam.patel");
        assertThat(moved.at("/transfers/0/status").asText()).isEqualTo("ACCEPTED");
        assertThat(moved.at("/plan/goals/0/description").asText())
                .as("the history stays whole for the new team")
                .isEqualTo("Liam in school every day");
        assertThat(moved.get("entries").findValuesAsText("kind"))
                .contains("CaseTransferProposed", "CaseTransferAccepted", "LeadProfessionalHandedOver");
        assertThat(get(policeManager(), "/api/transfers/awaiting-decision")
                        .getBody()
                        .findValuesAsText("transferId"))
                .doesNotContain(transfer);
    }

    @Test
    void whileATransferAwaitsTheReceivingManagersSeeTheCaseworkButChangeNothingElseOfTheCase() {
        CaseWithPlan family = caseWithPlan(this, "Awaiting");
        ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/transfers",
                Map.of("proposedLead", "ray.hughes", "reason", "Offending"),
                family.familyId());
        JsonNode seen =
                get(policeManager(), "/api/families/{id}", family.familyId()).getBody();
        assertThat(seen.get("casework").asBoolean()).isTrue();
        assertThat(seen.at("/youMay/manageTeam").asBoolean()).isFalse();
        assertThat(seen.at("/youMay/changeHousehold").asBoolean()).isFalse();
        long head = eventStoreHead();

        Map<String, Map<String, ?>> writes = Map.of(
                "/api/families/{id}/team", Map.of("username", "ray.hughes"),
                "/api/families/{id}/lead-professional", Map.of("userId", "ray.hughes"),
                "/api/families/{id}/closure", Map.of("reason", "FAMILY_MOVED_AWAY", "outcomeSummary", "Moved"),
                "/api/families/{id}/budget/allocations",
                        Map.of(
                                "source",
                                "TROUBLED_FAMILIES_GRANT",
                                "amount",
                                new BigDecimal("500"),
                                "from",
                                days(-30),
                                "until",
                                days(335)),
                "/api/families/{id}/follow-ups", Map.of("note", "Called round"));
        writes.forEach((path, body) -> assertThat(post(policeManager(), path, body, family.familyId())
                        .getStatusCode()
                        .is2xxSuccessful())
                .as(path)
                .isFalse());
        assertThat(eventStoreHead()).as("nothing stored").isEqualTo(head);
    }

    @Test
    void aDeclinedTransferLeavesTheCaseWhereItIsAndRefusalsStoreNothing() {
        CaseWithPlan family = caseWithPlan(this, "Stayed");
        long head = eventStoreHead();
        ResponseEntity<JsonNode> sameAgency = post(
                earlyHelpKeyworker(),
                "/api/families/{id}/transfers",
                Map.of("proposedLead", "mo.ahmed", "reason", "Mo"),
                family.familyId());
        assertThat(sameAgency.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(sameAgency.getBody().get("code").asText()).isEqualTo("transfer-within-the-agency");
        ResponseEntity<JsonNode> invalid = post(
                earlyHelpKeyworker(), "/api/families/{id}/transfers", Map.of("proposedLead", ""), family.familyId());
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().toString())
                .contains("Choose the practitioner who would lead the case")
                .contains("Enter why the case should move");
        assertThat(eventStoreHead()).isEqualTo(head);

        String transfer = ok(
                earlyHelpKeyworker(),
                "/api/families/{id}/transfers",
                Map.of("proposedLead", "ray.hughes", "reason", "Offending"),
                family.familyId());
        ok(
                policeManager(),
                "/api/families/{id}/transfers/{t}/decline",
                Map.of("reason", "No offending since June"),
                family.familyId(),
                transfer);

        JsonNode stayed = get(earlyHelpKeyworker(), "/api/families/{id}", family.familyId())
                .getBody();
        assertThat(stayed.at("/lead/member/name").asText()).isEqualTo("Sam Patel");
        assertThat(stayed.at("/transfers/0/status").asText()).isEqualTo("DECLINED");
        assertThat(stayed.at("/transfers/0/declineReason").asText()).isEqualTo("No offending since June");
        assertThat(get(policeManager(), "/api/families/{id}", family.familyId())
                        .getBody()
                        .get("casework")
                        .asBoolean())
                .as("no longer involved once declined")
                .isFalse();
    }
}
