package uk.joinedup.caseservice.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.policeDataOfficer;
import static uk.joinedup.caseservice.agency.Actors.schoolAttendanceOfficer;
import static uk.joinedup.caseservice.agency.Actors.schoolDataOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.disclosure.Discloses;
import uk.joinedup.caseservice.imports.ImportIntegrationTest;

/**
 * Importing a school's attendance extract through the API, with real HTTP, security and the embedded store: a
 * file with good, ambiguous, repeated, malformed and new rows; its dry run's report; the import; the review
 * queue; and a re-run of the same file, which records nothing.
 */
class ImportApiIT extends ImportIntegrationTest {

    private static final String IMPORTS = "/api/imports";
    private static final String IMPORT = "/api/imports/{importId}";
    private static final String REPORT = "/api/imports/{importId}/report.csv";
    private static final String REVIEW = "/api/imports/review";

    private static final String HEADINGS = "UPN,Forename,Surname,Date of birth,Postcode,Academic year,Term,"
            + "Term ended,Sessions possible,Authorised absences,Unauthorised absences";

    @Test
    void dryRunReportsEachRowThenTheImportRecordsItsFactsAndTheReviewQueueDecidesTheRest() {
        String amy = register("Amy", "Lowe", "2014-03-04", Upns.of(1), "SO17 1AA");
        String jayden = register("Jayden", "Smith", "2013-07-21", null, "SO18 2BB");
        String csv = csv(
                Upns.of(1) + ",Amy,Lowe,04/03/2014,SO17 1AA,2025/26,Autumn,19/12/2025,150,4,20",
                Upns.of(1) + ",Amy,Low,04/03/2014,SO17 1AA,2025/26,Spring,27/03/2026,120,2,10",
                Upns.of(2) + ",J,Smith,21/07/2013,SO19 9ZZ,2025/26,Autumn,19/12/2025,150,0,30",
                Upns.of(1) + ",Amy,Lowe,04/03/2014,SO17 1AA,2025/26,Autumn,19/12/2025,150,4,20",
                Upns.of(3) + ",Ben,Hart,31/02/2014,SO17 1AA,2025/26,Autumn,19/12/2025,lots,0,0",
                Upns.of(4) + ",Cara,Novak,09/09/2015,SO16 3CC,2025/26,Autumn,19/12/2025,150,10,12");

        String importId = upload(schoolDataOfficer(), "school-attendance", "attendance-autumn.csv", csv);
        JsonNode checked = awaitStatus(schoolDataOfficer(), importId, "CHECKED");

        assertThat(checked.get("rowsTotal").asInt()).isEqualTo(6);
        JsonNode counts = checked.get("counts");
        assertThat(counts.get("matched").asInt()).isEqualTo(2);
        assertThat(counts.get("toReview").asInt()).isEqualTo(1);
        assertThat(counts.get("duplicates").asInt()).isEqualTo(1);
        assertThat(counts.get("refused").asInt()).isEqualTo(1);
        assertThat(counts.get("newPeople").asInt()).isEqualTo(1);
        assertThat(counts.get("imported").asInt()).isZero();
        assertThat(problems(checked))
                .contains(
                        "5 - The same UPN and Academic year and Term as row 2: not imported twice",
                        "6 Date of birth Enter a real date, written dd/mm/yyyy",
                        "6 Sessions possible Enter a whole number, like 12");
        assertThat(checked.get("refusalsTotal").asInt()).isEqualTo(2);
        assertThat(factsAbout(amy)).isEmpty(); // a dry run records nothing

        ResponseEntity<String> report = as(schoolDataOfficer())
                .get()
                .uri("/api/imports/{id}/report.csv", importId)
                .retrieve()
                .toEntity(String.class);
        assertThat(report.getBody())
                .contains("Row,Outcome,Column,Reason")
                .contains("4,TO_REVIEW")
                .contains("6,REFUSED,Date of birth,\"Enter a real date, written dd/mm/yyyy\"");

        assertThat(post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), importId)
                        .getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), importId)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        JsonNode imported = awaitStatus(schoolDataOfficer(), importId, "IMPORTED");
        assertThat(imported.at("/counts/imported").asInt()).isEqualTo(3);
        awaitReadModels();
        assertThat(factsAbout(amy)).hasSize(2);

        JsonNode review = get(schoolDataOfficer(), "/api/imports/review").getBody();
        assertThat(review.get("total").asInt()).isEqualTo(1);
        JsonNode row = review.get("rows").get(0);
        assertThat(row.get("row").asInt()).isEqualTo(4);
        assertThat(row.at("/person/familyName").asText()).isEqualTo("Smith");
        assertThat(row.get("candidates").findValuesAsText("personId")).contains(jayden);
        assertThat(row.get("candidates").get(0).get("reasons").size()).isPositive();
        JsonNode logged = get(Actors.igOfficer(), "/api/access-log?person={id}&user=dev.okon", jayden)
                .getBody();
        assertThat(logged.get("records").findValuesAsText("what"))
                .as("the people suggested for a row are shown to the data officer: an identity search")
                .contains("PERSON_SEARCH");

        ResponseEntity<JsonNode> noPerson =
                post(schoolDataOfficer(), "/api/imports/{id}/rows/4/decision", Map.of("decision", "MATCH"), importId);
        assertThat(noPerson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, Object> match = Map.of("decision", "MATCH", "personId", jayden);
        assertThat(post(schoolDataOfficer(), "/api/imports/{id}/rows/4/decision", match, importId)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(schoolDataOfficer(), "/api/imports/{id}/rows/4/decision", match, importId)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(get(schoolDataOfficer(), "/api/imports/review")
                        .getBody()
                        .get("total")
                        .asInt())
                .isZero();
        awaitReadModels();
        assertThat(factsAbout(jayden)).hasSize(1);
        assertThat(get(schoolDataOfficer(), "/api/imports/{id}", importId)
                        .getBody()
                        .at("/counts/imported")
                        .asInt())
                .isEqualTo(4);

        long head = eventStoreHead();
        String again = upload(schoolDataOfficer(), "school-attendance", "attendance-autumn-again.csv", csv);
        JsonNode rerun = awaitStatus(schoolDataOfficer(), again, "CHECKED");
        assertThat(rerun.at("/counts/unchanged").asInt()).isEqualTo(4);
        assertThat(rerun.at("/counts/matched").asInt()).isZero();
        assertThat(rerun.at("/counts/newPeople").asInt()).isZero();
        post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), again);
        assertThat(awaitStatus(schoolDataOfficer(), again, "IMPORTED")
                        .at("/counts/imported")
                        .asInt())
                .isZero();
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void aChangedRowCorrectsTheFactItRecordedBefore() {
        String dan = register("Dan", "Price", "2012-11-30", Upns.of(11), "SO15 4DD");
        String before = csv(Upns.of(11) + ",Dan,Price,30/11/2012,SO15 4DD,2025/26,Autumn,19/12/2025,150,4,20");
        String after = csv(Upns.of(11) + ",Dan,Price,30/11/2012,SO15 4DD,2025/26,Autumn,19/12/2025,150,4,25");
        importWhole(upload(schoolDataOfficer(), "school-attendance", "before.csv", before));

        String correcting = upload(schoolDataOfficer(), "school-attendance", "after.csv", after);
        JsonNode checked = awaitStatus(schoolDataOfficer(), correcting, "CHECKED");
        assertThat(checked.at("/counts/changed").asInt()).isEqualTo(1);
        assertThat(checked.at("/counts/matched").asInt()).isEqualTo(1);
        importWhole(correcting);

        awaitReadModels();
        List<JsonNode> facts = factsAbout(dan);
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).toString()).contains("\"unauthorisedAbsences\":25");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeAndNothingIsKept() {
        int before = get(schoolDataOfficer(), "/api/imports").getBody().size();

        ResponseEntity<JsonNode> unknownType =
                uploading(schoolDataOfficer(), "attendance", "no-upn.csv", "Forename,Surname\nAmy,Lowe\n");
        ResponseEntity<JsonNode> openQuote = uploading(
                schoolDataOfficer(),
                "school-attendance",
                "broken.csv",
                HEADINGS + "\n" + Upns.of(21) + ",\"Amy,Lowe,04/03/2014,,2025/26,Autumn,19/12/2025,150,4,20\n");
        ResponseEntity<JsonNode> headingsOnly =
                uploading(schoolDataOfficer(), "school-attendance", "empty.csv", HEADINGS);
        ResponseEntity<JsonNode> missing =
                uploading(schoolDataOfficer(), "school-attendance", "no-upn.csv", "Forename,Surname\nAmy,Lowe\n");

        assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownType.getBody().at("/errors/0/field").asText()).isEqualTo("extractType");
        assertThat(openQuote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(openQuote.getBody().at("/errors/0/message").asText()).contains("quote");
        assertThat(headingsOnly.getBody().at("/errors/0/message").asText())
                .isEqualTo("The file has headings but no rows");
        assertThat(missing.getBody().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(missing.getBody().at("/errors/0/message").asText())
                .startsWith("The file has no column called UPN, Date of birth, Academic year");
        assertThat(get(schoolDataOfficer(), "/api/imports").getBody().size()).isEqualTo(before);
    }

    @Test
    @Discloses(IMPORTS)
    @Discloses(IMPORT)
    @Discloses(REPORT)
    @Discloses(REVIEW)
    void anAgencyImportsOnlyWhatItRecordsAndSeesOnlyItsOwnImports() {
        String importId = upload(
                schoolDataOfficer(),
                "school-attendance",
                "own.csv",
                csv(Upns.of(31) + ",Eve,Stone,01/01/2015,SO17 1AA,2025/26,Autumn,19/12/2025,150,0,0"));
        awaitStatus(schoolDataOfficer(), importId, "CHECKED");

        assertThat(get(policeDataOfficer(), "/api/imports/{id}", importId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(policeDataOfficer(), "/api/imports/{id}/start", Map.of(), importId)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(policeDataOfficer(), REPORT, importId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(policeDataOfficer(), IMPORTS).getBody().findValuesAsText("importId"))
                .doesNotContain(importId);
        assertThat(get(policeDataOfficer(), REVIEW).getBody().findValuesAsText("importId"))
                .doesNotContain(importId);
        ResponseEntity<JsonNode> notTheirs = uploading(policeDataOfficer(), "school-attendance", "x.csv", HEADINGS);
        assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notTheirs.getBody().at("/errors/0/field").asText()).isEqualTo("extractType");
        assertThat(get(schoolAttendanceOfficer(), "/api/imports").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(Actors.earlyHelpManager(), "/api/imports/review").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @Discloses("/api/imports/extract-types") // documentation: no personal data
    void theExtractTypesDocumentTheirColumns() {
        JsonNode types = get(schoolDataOfficer(), "/api/imports/extract-types").getBody();

        JsonNode attendance = null;
        for (JsonNode type : types) {
            if (type.get("id").asText().equals("school-attendance")) {
                attendance = type;
            }
        }
        assertThat(attendance).isNotNull();
        assertThat(attendance.get("recordableByYourAgency").asBoolean()).isTrue();
        assertThat(attendance.get("columns").findValuesAsText("name")).startsWith("UPN", "Forename", "Surname");
        assertThat(types.findValuesAsText("id"))
                .contains(
                        "anti-social-behaviour", "offences", "out-of-work-benefits", "evictions", "school-exclusions");
    }

    private void importWhole(String importId) {
        awaitStatus(schoolDataOfficer(), importId, "CHECKED");
        post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), importId);
        awaitStatus(schoolDataOfficer(), importId, "IMPORTED");
    }

    private String register(String given, String family, String dateOfBirth, String upn, String postcode) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("givenNames", given);
        details.put("familyName", family);
        details.put("dateOfBirth", dateOfBirth);
        details.put("address", Map.of("line1", "1 High Street", "town", "Southampton", "postcode", postcode));
        if (upn != null) {
            details.put("uniquePupilNumber", upn);
        }
        String id = ok(schoolAttendanceOfficer(), "/api/people", details);
        awaitReadModels();
        return id;
    }

    private List<JsonNode> factsAbout(String personId) {
        List<JsonNode> facts = new ArrayList<>();
        get(schoolAttendanceOfficer(), "/api/people/{id}", personId)
                .getBody()
                .get("entries")
                .forEach(entry -> {
                    if (entry.get("kind").asText().equals("TermAttendanceRecorded")) {
                        facts.add(entry);
                    }
                });
        return facts;
    }

    private static String csv(String... rows) {
        return HEADINGS + "\n" + String.join("\n", rows) + "\n";
    }
}
