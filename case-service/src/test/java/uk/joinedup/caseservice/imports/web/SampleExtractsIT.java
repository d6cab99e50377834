package uk.joinedup.caseservice.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;
import uk.joinedup.caseservice.imports.ImportIntegrationTest;

/**
 * The sample extracts in {@code docs/examples/}, uploaded in the order its README gives by the demo's data
 * officers, do on the demo data what the README says: so that a new user who tries them sees every outcome.
 */
@TestPropertySource(properties = "joinedup.demo-data=true")
class SampleExtractsIT extends ImportIntegrationTest {

    private static final Path EXAMPLES = Path.of("../docs/examples");

    private static final Actor NIA = dataOfficer(
            "nia.edwards",
            "Nia Edwards",
            "southampton-education",
            "Southampton Education Welfare Service",
            AgencyKind.EDUCATION);
    private static final Actor TOM = dataOfficer(
            "tom.fletcher",
            "Tom Fletcher",
            "hampshire-police",
            "Hampshire and Isle of Wight Constabulary",
            AgencyKind.POLICE);
    private static final Actor JOBCENTRE = dataOfficer(
            "jobcentre.data",
            "Jobcentre data officer",
            "southampton-jobcentre",
            "Jobcentre Plus Southampton",
            AgencyKind.JOBCENTRE_PLUS);
    private static final Actor HOUSING = dataOfficer(
            "housing.data",
            "Housing data officer",
            "southampton-housing",
            "Southampton City Council Housing",
            AgencyKind.HOUSING);

    @Test
    void eachSampleDoesWhatTheExamplesReadmeSays() throws IOException {
        awaitReadModels(); // the demo's people are in the index

        JsonNode attendance = importWhole(NIA, "school-attendance");
        assertThat(counts(attendance))
                .containsAllEntriesOf(Map.of(
                        "matched", 3, "toReview", 1, "newPeople", 2, "duplicates", 1, "refused", 1, "imported", 5));
        JsonNode review = get(NIA, "/api/imports/review").getBody();
        assertThat(review.get("total").asInt()).isEqualTo(1);
        assertThat(review.at("/rows/0/candidates/0/familyName").asText()).isEqualTo("Okafor");

        assertThat(counts(importWhole(NIA, "school-exclusions")))
                .containsAllEntriesOf(Map.of("matched", 2, "refused", 1, "imported", 2));
        assertThat(counts(importWhole(TOM, "anti-social-behaviour")))
                .containsAllEntriesOf(Map.of("matched", 2, "notMatched", 1, "imported", 2));
        assertThat(counts(importWhole(TOM, "offences"))).containsAllEntriesOf(Map.of("matched", 2, "imported", 2));
        assertThat(counts(importWhole(JOBCENTRE, "out-of-work-benefits")))
                .containsAllEntriesOf(Map.of("matched", 2, "newPeople", 1, "imported", 3));
        assertThat(counts(importWhole(HOUSING, "evictions")))
                .as("Sam Thornton's row gives no date of birth: the benefits extract registered him, but a row"
                        + " without a date of birth is never matched without a person's decision")
                .containsAllEntriesOf(Map.of("matched", 1, "toReview", 1, "imported", 1));

        assertThat(counts(importWhole(NIA, "parents-and-carers")))
                .as("Lisa Thornton registered (two rows), Sam matched; Ruby's attendance row was refused, so nobody"
                        + " has her UPN and her mother's row is refused")
                .containsAllEntriesOf(Map.of("newPeople", 2, "matched", 1, "refused", 1, "imported", 3));
        assertThat(thorntonHousehold())
                .as("Lisa, Mia and Kai at 27 Winchester Road (Sam's address has no first line: not at it)")
                .containsExactlyInAnyOrder("Lisa", "Mia", "Kai");
    }

    /** The given names of the Thornton household proposed to the early-help manager (the demo's agreement). */
    private List<String> thorntonHousehold() {
        for (JsonNode candidate : get(Actors.earlyHelpManager(), "/api/identification/candidates")
                .getBody()
                .get("candidates")) {
            if (candidate.get("kind").asText().equals("HOUSEHOLD")
                    && candidate.get("members").findValuesAsText("familyName").contains("Thornton")) {
                return candidate.get("members").findValuesAsText("givenNames");
            }
        }
        throw new AssertionError("no Thornton household proposed");
    }

    private JsonNode importWhole(Actor officer, String type) throws IOException {
        JsonNode created = as(officer)
                .post()
                .uri("/api/imports?extractType={type}&fileName={type}.csv", type, type)
                .contentType(MediaType.valueOf("text/csv"))
                .body(Files.readAllBytes(EXAMPLES.resolve(type + ".csv")))
                .retrieve()
                .body(JsonNode.class);
        assertThat(created.has("importId")).as("%s: %s", type, created).isTrue();
        String importId = created.get("importId").asText();
        awaitStatus(officer, importId, "CHECKED");
        post(officer, "/api/imports/{id}/start", Map.of(), importId);
        JsonNode imported = awaitStatus(officer, importId, "IMPORTED");
        awaitReadModels(); // the next file matches the people this one registered
        return imported;
    }

    private static Map<String, Integer> counts(JsonNode job) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        job.get("counts")
                .fields()
                .forEachRemaining(
                        field -> counts.put(field.getKey(), field.getValue().asInt()));
        return counts;
    }

    private static Actor dataOfficer(String id, String name, String agency, String agencyName, AgencyKind kind) {
        return new Actor(id, name, new AgencyId(agency), agencyName, kind, Set.of(Role.DATA_OFFICER), "data");
    }
}
