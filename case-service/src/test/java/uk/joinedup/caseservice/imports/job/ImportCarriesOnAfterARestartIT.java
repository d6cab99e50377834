package uk.joinedup.caseservice.imports.job;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.agency.Actors.schoolDataOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import uk.joinedup.caseservice.imports.ImportIntegrationTest;
import uk.joinedup.caseservice.imports.extracts.ExtractRow;
import uk.joinedup.caseservice.imports.web.Upns;

/**
 * An import the service stopped in the middle of carries on when it starts again ({@link ImportRunner#carryOn},
 * which runs when the service is ready): a dry run starts again, an import carries on from the part it had
 * reached, and a part recorded before the stop is not recorded twice. The stop is made by leaving the job as a
 * stop would leave it.
 */
class ImportCarriesOnAfterARestartIT extends ImportIntegrationTest {

    private static final String HEADINGS = "UPN,Forename,Surname,Date of birth,Postcode,Academic year,Term,"
            + "Term ended,Sessions possible,Authorised absences,Unauthorised absences";

    @Autowired
    private ImportStore store;

    @Autowired
    private ImportRunner runner;

    @Test
    void anImportStoppedBeforeItsFirstPartCarriesOnAndSaysSo() {
        String importId = checked(300, 100, "01/09/2014");
        ImportJob job = store.job(importId).orElseThrow();
        assertThat(job.chunks()).isEqualTo(2);
        store.start(job.importing(schoolDataOfficer(), Instant.now())); // started, then the service stopped

        runner.carryOn();

        JsonNode imported = awaitStatus(schoolDataOfficer(), importId, "IMPORTED");
        assertThat(imported.get("resumedAfterRestart").asBoolean()).isTrue();
        assertThat(imported.at("/counts/newPeople").asInt()).isEqualTo(300);
        assertThat(imported.at("/counts/imported").asInt()).isEqualTo(300);
    }

    @Test
    void aPartRecordedBeforeTheStopIsNotRecordedAgain() {
        String importId = checked(300, 500, "02/10/2013");
        post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), importId);
        awaitStatus(schoolDataOfficer(), importId, "IMPORTED");
        awaitReadModels();
        long head = eventStoreHead();
        ImportJob done = store.job(importId).orElseThrow();
        // as if the service had stopped after recording the rows but before the job moved on
        store.start(done.importing(schoolDataOfficer(), Instant.now()));
        store.save(store.job(importId).orElseThrow().progressed(1, 250));

        runner.carryOn();

        JsonNode again = awaitStatus(schoolDataOfficer(), importId, "IMPORTED");
        assertThat(again.at("/counts/imported").asInt()).isEqualTo(300);
        assertThat(eventStoreHead()).isEqualTo(head);
    }

    @Test
    void aDryRunStoppedInTheMiddleStartsAgain() {
        String importId = checked(10, 900, "03/11/2012");
        ImportJob job = store.job(importId).orElseThrow();
        // as a stop in the middle of its dry run leaves it: the file's rows kept, the job checking
        store.create(
                ImportJob.uploaded(
                        importId,
                        job.extractType(),
                        job.fileName(),
                        job.uploadedBy(),
                        job.uploadedAt(),
                        job.rowsTotal(),
                        job.chunks()),
                rowsOf(10, 900, "03/11/2012"));

        runner.carryOn();

        JsonNode checked = awaitStatus(schoolDataOfficer(), importId, "CHECKED");
        assertThat(checked.at("/counts/newPeople").asInt()).isEqualTo(10);
        assertThat(checked.get("resumedAfterRestart").asBoolean()).isTrue();
    }

    /** An import of {@code rows} new pupils, its dry run finished. */
    private String checked(int rows, int firstSerial, String dateOfBirth) {
        String csv = HEADINGS + "\n"
                + IntStream.range(0, rows)
                        .mapToObj(i -> line(firstSerial + i, dateOfBirth))
                        .collect(Collectors.joining("\n"));
        JsonNode created = as(schoolDataOfficer())
                .post()
                .uri("/api/imports?extractType=school-attendance&fileName=pupils.csv")
                .contentType(MediaType.valueOf("text/csv"))
                .body(csv)
                .retrieve()
                .body(JsonNode.class);
        String importId = created.get("importId").asText();
        awaitStatus(schoolDataOfficer(), importId, "CHECKED");
        return importId;
    }

    private static List<ExtractRow> rowsOf(int rows, int first, String dateOfBirth) {
        return IntStream.range(0, rows)
                .mapToObj(i -> new ExtractRow(i + 2, values(first + i, dateOfBirth)))
                .toList();
    }

    private static Map<String, String> values(int serial, String dateOfBirth) {
        String[] headings = HEADINGS.split(",");
        String[] cells = line(serial, dateOfBirth).split(",");
        return IntStream.range(0, headings.length).boxed().collect(Collectors.toMap(i -> headings[i], i -> cells[i]));
    }

    private static String line(int serial, String dateOfBirth) {
        return Upns.of(serial) + ",Pupil,Number" + letters(serial) + "," + dateOfBirth
                + ",SO17 1AA,2025/26,Autumn,19/12/2025,150,2,3";
    }

    /** A family name from a number: distinct people, not alike enough to be matched to each other. */
    private static String letters(int number) {
        StringBuilder name = new StringBuilder();
        for (int n = number; n > 0; n /= 26) {
            name.append((char) ('a' + n % 26));
        }
        return name.toString();
    }
}
