package uk.joinedup.caseservice.retention.erasure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpKeyworker;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.TeamsAroundFamilies;
import uk.joinedup.caseservice.disclosure.Discloses;
import uk.joinedup.caseservice.retention.review.RetentionReview;

/**
 * Erasures through the real API with real tokens (ADR 31 section 5): the retention review proposes a family
 * whose case closed six years before, once; an officer approves it, or holds it until a review date and
 * releases the hold; bad input is 400 with field messages, a stale version 409, a refused state 422, an unknown
 * erasure 404, and everyone but officers 403.
 */
class ErasureApiIT extends ApiIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final LocalDate SIX_YEARS_ON = TODAY.plusYears(6);

    @Autowired
    private RetentionReview review;

    @Test
    @Discloses("/api/erasures")
    @Discloses("/api/erasures/{erasureId}")
    void theReviewProposesAClosedFamilyOnceAndAnOfficerApprovesIt() {
        String family = closedFamily("Erasure Approved family");
        String erasure = "erasure-family-" + family;
        assertThat(ids(list().get("proposed"))).doesNotContain(erasure);

        RetentionReview.Outcome first = review.review(SIX_YEARS_ON);
        assertThat(first.proposed()).isPositive();
        awaitReadModels();

        JsonNode proposed = entry(list().get("proposed"), erasure);
        assertThat(proposed.get("subjectKind").asText()).isEqualTo("family");
        assertThat(proposed.get("subjectId").asText()).isEqualTo(family);
        assertThat(proposed.get("scheduleId").asText()).isEqualTo("early-help-family-case");
        assertThat(proposed.get("retentionEndedOn").asText()).isEqualTo(SIX_YEARS_ON.toString());
        assertThat(proposed.get("proposedOn").asText()).isEqualTo(SIX_YEARS_ON.toString());
        assertThat(proposed.get("version").asLong()).isZero();
        assertThat(list().toString()).doesNotContain("Erasure Approved family");

        RetentionReview.Outcome second = review.review(SIX_YEARS_ON);
        assertThat(second.proposed()).isZero();
        assertThat(second.alreadyProposed()).isEqualTo(first.proposed() + first.alreadyProposed());

        long head = eventStoreHead();
        assertThat(postAsIs(earlyHelpManager(), "/api/erasures/{id}/approval", Map.of("expectedVersion", 0), erasure)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(eventStoreHead()).isEqualTo(head);

        assertThat(approve(erasure, 0).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode approved = get(igOfficer(), "/api/erasures/{id}", erasure).getBody();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(approved.get("approvedBy").asText()).isEqualTo("Chris Ward");
        assertThat(ids(list().get("approved"))).contains(erasure);
        assertThat(ids(list().get("proposed"))).doesNotContain(erasure);

        ResponseEntity<JsonNode> again = approve(erasure, 1);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(again.getBody().get("code").asText()).isEqualTo("erasure-already-approved");
    }

    @Test
    void anOfficerHoldsAnErasureUntilAReviewDateAndReleasesIt() {
        String family = closedFamily("Erasure Held family");
        String erasure = "erasure-family-" + family;
        review.review(SIX_YEARS_ON);
        awaitReadModels();
        String reviewOn = TODAY.plusMonths(6).toString();

        ResponseEntity<JsonNode> blank = hold(erasure, Map.of("expectedVersion", 0, "note", " "));
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("reason", "note", "reviewOn");
        assertThat(blank.getBody().get("errors").findValuesAsText("message"))
                .contains("Select why the erasure is on hold", "Enter the date to review the hold");

        ResponseEntity<JsonNode> today = hold(erasure, holding(0, TODAY.toString()));
        assertThat(today.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(today.getBody().get("code").asText()).isEqualTo("review-date-not-after-hold");

        assertThat(hold(erasure, holding(0, reviewOn)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode held = entry(list().get("held"), erasure);
        assertThat(held.get("hold").get("reason").asText()).isEqualTo("LEGAL_HOLD");
        assertThat(held.get("hold").get("note").asText()).isEqualTo("Litigation hold, legal ref 2032/17");
        assertThat(held.get("hold").get("reviewOn").asText()).isEqualTo(reviewOn);
        assertThat(held.get("hold").get("heldBy").asText()).isEqualTo("Chris Ward");
        assertThat(held.get("version").asLong()).isEqualTo(1);

        assertThat(hold(erasure, holding(0, reviewOn)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> whileHeld = approve(erasure, 1);
        assertThat(whileHeld.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(whileHeld.getBody().get("code").asText()).isEqualTo("erasure-on-hold");

        ResponseEntity<JsonNode> noNote = release(erasure, Map.of("expectedVersion", 1));
        assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noNote.getBody().get("errors").findValuesAsText("field")).containsExactly("note");
        assertThat(release(erasure, Map.of("expectedVersion", 1, "note", "Proceedings concluded"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode released = entry(list().get("proposed"), erasure);
        assertThat(released.get("lastRelease").get("note").asText()).isEqualTo("Proceedings concluded");
        assertThat(released.has("hold")).isFalse();
        ResponseEntity<JsonNode> notHeld =
                release(erasure, Map.of("expectedVersion", 2, "note", "Proceedings concluded"));
        assertThat(notHeld.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notHeld.getBody().get("code").asText()).isEqualTo("erasure-not-on-hold");

        assertThat(approve(erasure, 2).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void refusesEveryoneButOfficersAnUnknownErasureAndAMalformedMonth() {
        assertThat(get(earlyHelpKeyworker(), "/api/erasures").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(earlyHelpManager(), "/api/erasures/erasure-family-x").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(igOfficer(), "/api/erasures/erasure-family-nobody").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(approve("erasure-family-nobody", 0).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> malformed = get(igOfficer(), "/api/erasures?completedIn=June");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("completedIn");
        JsonNode june = get(igOfficer(), "/api/erasures?completedIn=2032-06").getBody();
        assertThat(june.get("completedIn").asText()).isEqualTo("2032-06");
        assertThat(june.get("completed")).isEmpty();
    }

    private String closedFamily(String name) {
        String family = TeamsAroundFamilies.openedFamily(this, name);
        ok(
                earlyHelpManager(),
                "/api/families/{id}/closure",
                Map.of("reason", "OUTCOMES_ACHIEVED", "outcomeSummary", "Attending"),
                family);
        awaitReadModels();
        return family;
    }

    private static Map<String, Object> holding(long version, String reviewOn) {
        return Map.of(
                "expectedVersion",
                version,
                "reason",
                "LEGAL_HOLD",
                "note",
                " Litigation hold, legal ref 2032/17 ",
                "reviewOn",
                reviewOn);
    }

    private ResponseEntity<JsonNode> approve(String erasure, long version) {
        return postAsIs(igOfficer(), "/api/erasures/{id}/approval", Map.of("expectedVersion", version), erasure);
    }

    private ResponseEntity<JsonNode> hold(String erasure, Map<String, Object> body) {
        return postAsIs(igOfficer(), "/api/erasures/{id}/hold", body, erasure);
    }

    private ResponseEntity<JsonNode> release(String erasure, Map<String, Object> body) {
        return postAsIs(igOfficer(), "/api/erasures/{id}/hold-release", body, erasure);
    }

    private JsonNode list() {
        ResponseEntity<JsonNode> response = get(igOfficer(), "/api/erasures");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> ids(JsonNode list) {
        return list.findValuesAsText("erasureId");
    }

    private static JsonNode entry(JsonNode list, String erasureId) {
        for (JsonNode erasure : list) {
            if (erasure.get("erasureId").asText().equals(erasureId)) {
                return erasure;
            }
        }
        throw new AssertionError(erasureId + " is not listed");
    }
}
