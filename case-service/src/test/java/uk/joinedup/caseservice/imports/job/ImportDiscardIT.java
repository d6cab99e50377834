package uk.joinedup.caseservice.imports.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.joinedup.caseservice.agency.Actors.policeDataOfficer;
import static uk.joinedup.caseservice.agency.Actors.schoolDataOfficer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import uk.joinedup.caseservice.imports.ImportIntegrationTest;
import uk.joinedup.caseservice.imports.web.Upns;

/**
 * A data officer who uploaded the wrong file discards it after its dry run, through the API with real HTTP,
 * security and the embedded store: nothing is recorded, the rows it staged are forgotten, and it cannot be
 * started afterwards; a start and a discard at once, one wins.
 */
class ImportDiscardIT extends ImportIntegrationTest {

    private static final String HEADINGS = "UPN,Forename,Surname,Date of birth,Postcode,Academic year,Term,"
            + "Term ended,Sessions possible,Authorised absences,Unauthorised absences";

    @Autowired
    private ImportStore store;

    @Test
    void aFileDiscardedAfterItsDryRunRecordsNothingKeepsNoRowsAndCannotBeStarted() {
        String importId = checked("wrong-term.csv", 41, "Finn,Wolstenholme,02/02/2014");
        assertThat(store.staged(importId, 0)).as("the dry run staged its row").hasSize(1);
        long head = eventStoreHead();

        assertThat(discard(policeDataOfficer(), importId))
                .as("another agency's")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(discard(schoolDataOfficer(), importId)).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode discarded =
                get(schoolDataOfficer(), "/api/imports/{id}", importId).getBody();
        assertThat(discarded.get("status").asText()).isEqualTo("DISCARDED");
        assertThatThrownBy(() -> store.staged(importId, 0))
                .as("its staged rows forgotten")
                .isInstanceOf(NoSuchElementException.class);
        var start = post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), importId);
        assertThat(start.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(start.getBody().toString()).contains("This file has been discarded: upload it again to import it");
        assertThat(discard(schoolDataOfficer(), importId)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(eventStoreHead()).as("nothing recorded").isEqualTo(head);
    }

    @Test
    void aStartedImportCannotBeDiscardedAndOfAStartAndADiscardAtOnceOneWins() {
        String started = checked("started.csv", 42, "Gwen,Oakenshaw,03/03/2013");
        post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), started);
        assertThat(discard(schoolDataOfficer(), started)).isEqualTo(HttpStatus.CONFLICT);

        String raced = checked("raced.csv", 43, "Hugo,Penrose,04/04/2012");
        CompletableFuture<HttpStatusCode> starting = CompletableFuture.supplyAsync(
                () -> post(schoolDataOfficer(), "/api/imports/{id}/start", Map.of(), raced)
                        .getStatusCode());
        CompletableFuture<HttpStatusCode> discarding =
                CompletableFuture.supplyAsync(() -> discard(schoolDataOfficer(), raced));

        assertThat(List.of(starting.join(), discarding.join()))
                .as("start, discard")
                .containsAnyOf(HttpStatus.ACCEPTED, HttpStatus.NO_CONTENT)
                .contains(HttpStatus.CONFLICT);
        awaitStatus(schoolDataOfficer(), started, "IMPORTED");
    }

    /**
     * A checked file of one row about a pupil nobody else in these tests is called or born as, so that an import
     * leaves no row to review in the agency's queue, which other tests count.
     */
    private String checked(String fileName, int pupil, String nameAndBirth) {
        String importId = upload(
                schoolDataOfficer(),
                "school-attendance",
                fileName,
                HEADINGS + "\n" + Upns.of(pupil) + "," + nameAndBirth
                        + ",SO17 1AA,2025/26,Autumn,19/12/2025,150,0,0\n");
        awaitStatus(schoolDataOfficer(), importId, "CHECKED");
        return importId;
    }

    private HttpStatusCode discard(uk.joinedup.caseservice.agency.Actor officer, String importId) {
        return post(officer, "/api/imports/{id}/discard", Map.of(), importId).getStatusCode();
    }
}
