package uk.joinedup.webui.caseservice;

import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A data officer's imports of their agency's data extracts (case-service refuses anyone else, 403, and takes the
 * agency from the token): the kinds of extract, uploading a CSV for a dry run, following it, its report, starting
 * the import, and deciding who the rows in the review queue are about.
 */
@Component
public class Imports {

    private static final String PATH = "/api/imports";
    private static final MediaType CSV = new MediaType("text", "csv");

    private final RestClient caseService;

    Imports(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** The kinds of extract case-service takes, with their columns. */
    public List<ExtractType> extractTypes() {
        List<ExtractType> types = caseService
                .get()
                .uri(PATH + "/extract-types")
                .retrieve()
                .body(new ParameterizedTypeReference<List<ExtractType>>() {});
        return types == null ? List.of() : types;
    }

    /**
     * Uploads a CSV extract for a dry run, returning the import's id. A refused file is an {@link
     * InvalidRequest} naming {@code file} or {@code extractType}; a file too large a {@link
     * CaseServiceProblem.TooLarge}.
     */
    public String upload(String extractType, String fileName, byte[] csv) {
        Uploaded uploaded = caseService
                .post()
                .uri(uri -> uri.path(PATH)
                        .queryParam("extractType", "{extractType}")
                        .queryParam("fileName", "{fileName}")
                        .build(extractType, fileName))
                .contentType(CSV)
                .body(csv)
                .retrieve()
                .body(Uploaded.class);
        return uploaded == null ? null : uploaded.importId();
    }

    /** The agency's imports, newest first. */
    public List<ImportSummary> list() {
        List<ImportSummary> imports =
                caseService.get().uri(PATH).retrieve().body(new ParameterizedTypeReference<List<ImportSummary>>() {});
        return imports == null ? List.of() : imports;
    }

    /** One import of the agency's; another agency's is not found. */
    public ImportView get(String importId) {
        return caseService.get().uri(PATH + "/{importId}", importId).retrieve().body(ImportView.class);
    }

    /** The dry run's full report (Row, Outcome, Column, Reason) as CSV, with the file name case-service gives it. */
    public ResponseEntity<byte[]> reportCsv(String importId) {
        return caseService
                .get()
                .uri(PATH + "/{importId}/report.csv", importId)
                .accept(CSV, MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve()
                .toEntity(byte[].class);
    }

    /** Imports a checked file; one not (or no longer) checked is a {@link CaseServiceProblem.Conflict}. */
    public void start(String importId) {
        caseService.post().uri(PATH + "/{importId}/start", importId).retrieve().toBodilessEntity();
    }

    /**
     * Discards a checked file instead of importing it; one not (or no longer) checked is a {@link
     * CaseServiceProblem.Conflict}.
     */
    public void discard(String importId) {
        caseService
                .post()
                .uri(PATH + "/{importId}/discard", importId)
                .retrieve()
                .toBodilessEntity();
    }

    /** The first rows waiting for the data officer to decide who they are about, with how many wait in all. */
    public ReviewQueue review() {
        return caseService.get().uri(PATH + "/review").retrieve().body(ReviewQueue.class);
    }

    /**
     * Decides who a row waiting for review is about. A row decided already is a {@link
     * CaseServiceProblem.Conflict}; a decision a rule refuses a {@link CaseServiceProblem.Refused}.
     */
    public void decide(String importId, int row, RowDecision decision) {
        caseService
                .post()
                .uri(PATH + "/{importId}/rows/{row}/decision", importId, row)
                .contentType(MediaType.APPLICATION_JSON)
                .body(decision)
                .retrieve()
                .toBodilessEntity();
    }

    private record Uploaded(String importId) {}
}
