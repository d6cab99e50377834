package uk.joinedup.caseservice.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * The demo's claims page has a family already claimed and paid, and one to claim, under each scheme: under
 * Troubled Families, the Fenwicks' attachment fee of 2014/15 paid and the Coles' to claim (nothing listed for
 * this year); the Owens eligible for Supporting Families through an expectant parent.
 */
@TestPropertySource(properties = "joinedup.demo-data=true")
class DemoClaimsIT extends ApiIntegrationTest {

    /** The claims page reads the outcome facts' buckets, which the demo's last facts reach a moment later. */
    @BeforeEach
    void demoRecorded() {
        awaitReadModels();
    }

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

    @Test
    void earlyHelpsManagerSeesTheFenwicksAttachmentFeePaidAndTheColesToClaim() {
        JsonNode rows = get(earlyHelpManager(), "/api/outcomes/claims?scheme=troubled-families-phase-1")
                .getBody()
                .get("rows");

        JsonNode fenwicks = row(rows, "Fenwick family", "attachmentFee");
        assertThat(fenwicks.get("status").asText()).isEqualTo("PAID");
        assertThat(fenwicks.get("reference").asText()).endsWith("/attachmentFee#1");
        assertThat(fenwicks.get("claimed").decimalValue()).isEqualByComparingTo("1600");
        assertThat(fenwicks.get("earned").decimalValue()).isEqualByComparingTo("1600");
        JsonNode coles = row(rows, "Cole family", "attachmentFee");
        assertThat(coles.get("achieved").asBoolean()).isTrue();
        assertThat(coles.get("status").asText()).isEqualTo("NOT_CLAIMED");
    }

    @Test
    void theOwensAreEligibleForSupportingFamiliesThroughCaryssPregnancy() {
        JsonNode rows = get(earlyHelpManager(), "/api/outcomes/claims?scheme=supporting-families")
                .getBody()
                .get("rows");
        JsonNode owens = row(rows, "Owen family");
        assertThat(owens.get("eligible").asBoolean()).isTrue();
        assertThat(owens.get("achieved").asBoolean())
                .as("not sustained six months yet")
                .isFalse();

        JsonNode scheme = get(
                        earlyHelpManager(),
                        "/api/outcomes/claims/families/{id}",
                        owens.get("familyId").asText())
                .getBody()
                .get("schemes")
                .get(0);
        assertThat(scheme.get("scheme").asText()).isEqualTo("supporting-families");
        JsonNode dependants = scheme.get("entry").get(0);
        assertThat(dependants.get("criterion").asText()).isEqualTo("dependants");
        assertThat(dependants.get("met").asBoolean()).isTrue();
        assertThat(dependants.get("because").asText()).startsWith("an expectant parent, due ");
        assertThat(dependants.get("satisfiedBy").findValuesAsText("kind")).containsExactly("PregnancyRecorded");
        assertThat(dependants.get("satisfiedBy").findValuesAsText("personName")).containsExactly("Carys Owen");
    }

    private static JsonNode row(JsonNode rows, String family) {
        return row(rows, family, null);
    }

    private static JsonNode row(JsonNode rows, String family, String result) {
        for (JsonNode row : rows) {
            if (row.get("familyName").asText().equals(family)
                    && (result == null || row.get("result").asText().equals(result))) {
                return row;
            }
        }
        throw new AssertionError("no row for " + family + " in " + rows);
    }
}
