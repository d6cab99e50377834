package uk.joinedup.caseservice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.retention.review.RetentionReview;

/**
 * The demo's erasures (ADR 31) are on the information-governance officer's list: the Grays proposed, their retention
 * ended six years after their case closed, and the Lowes on hold for proceedings; the nightly review finds both due
 * and proposes neither again.
 */
@TestPropertySource(properties = "joinedup.demo-data=true")
class DemoRetentionIT extends ApiIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private RetentionReview review;

    @Test
    void theOfficerSeesOneFamilyProposedAndOneHeldAndTheReviewProposesNeitherAgain() {
        awaitReadModels();
        JsonNode erasures = get(Actors.igOfficer(), "/api/erasures").getBody();

        assertThat(erasures.get("proposed")).hasSize(1);
        JsonNode grays = erasures.get("proposed").get(0);
        assertThat(grays.get("subjectKind").asText()).isEqualTo("family");
        assertThat(grays.get("scheduleId").asText()).isEqualTo("early-help-family-case");
        assertThat(LocalDate.parse(grays.get("retentionEndedOn").asText())).isBefore(TODAY);
        assertThat(erasures.get("held")).hasSize(1);
        JsonNode lowes = erasures.get("held").get(0);
        assertThat(lowes.get("hold").get("reason").asText()).isEqualTo("ONGOING_PROCEEDINGS");
        assertThat(LocalDate.parse(lowes.get("hold").get("reviewOn").asText())).isAfter(TODAY);
        assertThat(lowes.get("hold").get("heldBy").asText()).isEqualTo("Chris Ward");

        RetentionReview.Outcome outcome = review.review(TODAY);
        assertThat(outcome.alreadyProposed()).isGreaterThanOrEqualTo(2);
        assertThat(erasures.toString()).doesNotContain("Gray family", "Lowe family");
    }
}
