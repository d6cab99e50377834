package uk.joinedup.webui.caseservice;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * Payment-by-results claims of a team manager's agency (case-service refuses anyone else): the list and its
 * CSV, one family's evaluation and evidence, and drafting, submitting and answering a claim. A null filter is
 * no filter.
 */
@Component
public class Claims {

    private static final String PATH = "/api/outcomes/claims";
    private static final String RESULT = PATH + "/families/{familyId}/schemes/{scheme}/results/{result}";

    private final RestClient caseService;

    Claims(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    public ClaimsList list(String scheme, String status, int page) {
        return caseService
                .get()
                .uri(uri -> filtered(uri.path(PATH).queryParam("page", page), scheme, status))
                .retrieve()
                .body(ClaimsList.class);
    }

    /** The list as CSV, with the file name case-service gives it. */
    public ResponseEntity<byte[]> csv(String scheme, String status) {
        return caseService
                .get()
                .uri(uri -> filtered(uri.path(PATH + "/export.csv"), scheme, status))
                .accept(new MediaType("text", "csv"), MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve()
                .toEntity(byte[].class);
    }

    public FamilyClaims family(String familyId) {
        return caseService
                .get()
                .uri(PATH + "/families/{familyId}", familyId)
                .retrieve()
                .body(FamilyClaims.class);
    }

    /**
     * Drafts a claim for the result; {@code expectedVersion} is the version of its claims seen, or null if
     * it had none. Returns the new claim's reference.
     */
    public String draft(String familyId, String scheme, String result, Long expectedVersion) {
        Drafted drafted = caseService
                .post()
                .uri(RESULT, familyId, scheme, result)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new DraftRequest(expectedVersion))
                .retrieve()
                .body(Drafted.class);
        return drafted == null ? null : drafted.reference();
    }

    public void submit(String familyId, String scheme, String result, long expectedVersion) {
        post(RESULT + "/submission", new SubmitRequest(expectedVersion), familyId, scheme, result);
    }

    public void paid(String familyId, String scheme, String result, long expectedVersion, LocalDate paidOn) {
        post(RESULT + "/payment", new PaidRequest(expectedVersion, paidOn), familyId, scheme, result);
    }

    public void rejected(
            String familyId, String scheme, String result, long expectedVersion, LocalDate rejectedOn, String reason) {
        post(RESULT + "/rejection", new RejectedRequest(expectedVersion, rejectedOn, reason), familyId, scheme, result);
    }

    private void post(String path, Object body, Object... variables) {
        caseService
                .post()
                .uri(path, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    private static URI filtered(UriBuilder uri, String scheme, String status) {
        Map<String, String> values = new HashMap<>();
        if (scheme != null) {
            uri.queryParam("scheme", "{scheme}");
            values.put("scheme", scheme);
        }
        if (status != null) {
            uri.queryParam("status", "{status}");
            values.put("status", status);
        }
        return uri.build(values);
    }

    record DraftRequest(Long expectedVersion) {}

    record SubmitRequest(long expectedVersion) {}

    record PaidRequest(long expectedVersion, LocalDate paidOn) {}

    record RejectedRequest(long expectedVersion, LocalDate rejectedOn, String reason) {}

    record Drafted(String claimId, String reference) {}
}
