package uk.joinedup.caseservice.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;

/** An integration test of imports through the API: uploading an extract and waiting for its job. */
public abstract class ImportIntegrationTest extends ApiIntegrationTest {

    /** Uploads an extract as the data officer; the answer as given. */
    protected ResponseEntity<JsonNode> uploading(Actor officer, String type, String fileName, String csv) {
        return as(officer)
                .post()
                .uri("/api/imports?extractType={type}&fileName={name}", type, fileName)
                .contentType(MediaType.valueOf("text/csv"))
                .body(csv)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** Uploads an extract as the data officer, who must be answered 202: the new import's id. */
    protected String upload(Actor officer, String type, String fileName, String csv) {
        ResponseEntity<JsonNode> created = uploading(officer, type, fileName, csv);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return created.getBody().get("importId").asText();
    }

    /** The import as the data officer sees it once it reaches the status; fails after two minutes. */
    protected JsonNode awaitStatus(Actor officer, String importId, String status) {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(until)) {
            JsonNode job = get(officer, "/api/imports/{id}", importId).getBody();
            if (job.get("status").asText().equals(status)) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Import " + importId + " did not reach " + status);
    }

    /** Each refused row of the report as "row column reason" ("-" for no column). */
    protected static List<String> problems(JsonNode job) {
        List<String> problems = new ArrayList<>();
        job.get("refusals")
                .forEach(problem -> problems.add(problem.get("row").asInt() + " "
                        + (problem.hasNonNull("column") ? problem.get("column").asText() : "-") + " "
                        + problem.get("reason").asText()));
        return problems;
    }
}
