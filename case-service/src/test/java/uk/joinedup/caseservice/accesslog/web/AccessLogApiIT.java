package uk.joinedup.caseservice.accesslog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.earlyHelpManager;
import static uk.joinedup.caseservice.agency.Actors.housingOfficer;
import static uk.joinedup.caseservice.agency.Actors.igOfficer;
import static uk.joinedup.caseservice.agency.Actors.probationKeyworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.disclosure.Discloses;

/** The access log through the REST API: real HTTP, real tokens, the embedded MongoDB. */
class AccessLogApiIT extends ApiIntegrationTest {

    private static final AtomicInteger NINOS = new AtomicInteger(500_000);

    @Test
    void viewingAPersonLeavesExactlyOneRecordOfWhatWasShownAndWithheld() {
        String tony = personWithAnOffendingFact();

        assertThat(get(housingOfficer(), "/api/people/{id}", tony).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode page = get(igOfficer(), "/api/access-log?person={id}", tony).getBody();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode record = page.get("records").get(0);
        assertThat(record.get("userId").asText()).isEqualTo("lee.morgan");
        assertThat(record.get("userName").asText()).isEqualTo("Lee Morgan");
        assertThat(record.get("agency").asText()).isEqualTo("southampton-housing");
        assertThat(record.get("what").asText()).isEqualTo("PERSON");
        assertThat(record.get("subjectId").asText()).isEqualTo(tony);
        assertThat(record.get("personIds")).extracting(JsonNode::asText).containsExactly(tony);
        assertThat(record.get("shown").isEmpty()).isTrue();
        assertThat(record.at("/withheld/IDENTITY")).extracting(JsonNode::asText).containsExactly("NO_RELATIONSHIP");
        assertThat(record.at("/withheld/OFFENDING"))
                .extracting(JsonNode::asText)
                .containsExactly("NO_RELATIONSHIP");
        assertThat(record.get("hash").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void theRecordingAgencysViewShowsItsOwnCategoriesNewestFirst() {
        String tony = personWithAnOffendingFact();
        get(housingOfficer(), "/api/people/{id}", tony);

        get(probationKeyworker(), "/api/people/{id}", tony);

        JsonNode page = get(igOfficer(), "/api/access-log?person={id}", tony).getBody();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode newest = page.get("records").get(0);
        assertThat(newest.get("userId").asText()).isEqualTo("jo.carter");
        assertThat(newest.at("/shown/IDENTITY")).extracting(JsonNode::asText).containsExactly("OWN_AGENCY");
        assertThat(newest.at("/shown/OFFENDING")).extracting(JsonNode::asText).containsExactly("OWN_AGENCY");
        assertThat(newest.get("withheld").isEmpty()).isTrue();
        assertThat(newest.get("previousHash").asText())
                .isEqualTo(page.get("records").get(1).get("hash").asText());
    }

    @Test
    void filtersByUserAndAgency() {
        String tony = personWithAnOffendingFact();
        get(housingOfficer(), "/api/people/{id}", tony);
        get(probationKeyworker(), "/api/people/{id}", tony);

        assertThat(get(igOfficer(), "/api/access-log?person={p}&user=lee.morgan", tony)
                        .getBody()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(get(igOfficer(), "/api/access-log?person={p}&agency=southampton-probation", tony)
                        .getBody()
                        .get("records")
                        .get(0)
                        .get("userId")
                        .asText())
                .isEqualTo("jo.carter");
    }

    @Test
    void exportsTheFilteredRecordsAsCsv() throws IOException {
        String tony = personWithAnOffendingFact();
        get(housingOfficer(), "/api/people/{id}", tony);

        ResponseEntity<String> export = as(igOfficer())
                .get()
                .uri("/api/access-log.csv?person={id}", tony)
                .retrieve()
                .toEntity(String.class);

        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment")
                .contains("access-log-");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export.getBody()))
                .getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("userName")).isEqualTo("Lee Morgan");
        assertThat(rows.get(0).get("withheld")).isEqualTo("IDENTITY (NO_RELATIONSHIP); OFFENDING (NO_RELATIONSHIP)");
    }

    @Test
    void verifiesTheChain() {
        String tony = personWithAnOffendingFact();
        get(housingOfficer(), "/api/people/{id}", tony);

        JsonNode verification = get(igOfficer(), "/api/access-log/verification").getBody();

        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("checked").asLong()).isPositive();
        assertThat(verification.get("through").asLong())
                .isEqualTo(verification.get("headSequence").asLong());
    }

    @Test
    @Discloses("/api/access-log")
    @Discloses("/api/access-log.csv")
    @Discloses("/api/access-log/verification")
    void onlyInformationGovernanceOfficersMayReadTheLog() {
        for (Actor actor :
                List.of(probationKeyworker(), earlyHelpManager(), Actors.agencyAdmin(), Actors.systemAdmin())) {
            for (String path : List.of("/api/access-log", "/api/access-log.csv", "/api/access-log/verification")) {
                ResponseEntity<JsonNode> refused = get(actor, path);
                assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getBody().get("title").asText()).as(path).isEqualTo("Forbidden");
            }
        }
        assertThat(anonymous()
                        .get()
                        .uri("/api/access-log")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void refusesAPeriodLongerThanAYearOrBackwards() {
        ResponseEntity<JsonNode> tooLong = get(igOfficer(), "/api/access-log?from=2025-01-01&to=2026-06-30");
        ResponseEntity<JsonNode> backwards = get(igOfficer(), "/api/access-log.csv?from=2026-06-30&to=2026-06-01");

        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().get("code").asText()).isEqualTo("period-too-long");
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().get("code").asText()).isEqualTo("period-reversed");
    }

    private String personWithAnOffendingFact() {
        String tony = ok(
                probationKeyworker(),
                "/api/people",
                Map.of(
                        "givenNames", "Tony",
                        "familyName", "Marsh",
                        "dateOfBirth", "1990-06-27",
                        "sexOrGender", "MALE",
                        "nationalInsuranceNumber", String.format("jm %06d d", NINOS.incrementAndGet()),
                        "address", Map.of("line1", "41 Portswood Road", "town", "Southampton", "postcode", "so172es")));
        ok(
                probationKeyworker(),
                "/api/people/{id}/facts",
                Map.of(
                        "occurredOn",
                        "2026-11-02",
                        "fact",
                        Map.of("type", "ReleasedFromCustody", "establishment", "HMP Winchester", "onLicence", true)),
                tony);
        return tony;
    }
}
