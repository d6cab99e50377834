package uk.joinedup.caseservice.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import uk.joinedup.caseservice.ApiIntegrationTest;

/** The demo's claims page has a family already claimed and paid, and one to claim. */
@TestPropertySource(properties = "joinedup.demo-data=true")
class DemoClaimsIT extends ApiIntegrationTest {

    @Test
    void earlyHelpsManagerSeesOneFamilyClaimedAndPaidAndOneToClaim() {
        JsonNode rows = get(earlyHelpManager(), "/api/outcomes/claims?scheme=supporting-families")
                .getBody()
                .get("rows");

        JsonNode nolans = row(rows, "Nolan family");
        assertThat(nolans.get("status").asText()).isEqualTo("PAID");
        assertThat(nolans.get("reference").asText()).endsWith("/sustainedOutcomes#1");
        assertThat(nolans.get("claimed").decimalValue()).isEqualByComparingTo("800");
        JsonNode quinns = row(rows, "Quinn family");
        assertThat(quinns.get("achieved").asBoolean()).isTrue();
        assertThat(quinns.get("status").asText()).isEqualTo("NOT_CLAIMED");
    }

    private static JsonNode row(JsonNode rows, String family) {
        for (JsonNode row : rows) {
            if (row.get("familyName").asText().equals(family)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + family + " in " + rows);
    }
}
