package uk.joinedup.webui.caseservice;

import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * An information-governance officer's subject access requests (ADR 32; case-service refuses anyone else, 403): the
 * open requests, starting one, one request, extending its deadline, and the response to it as it stands, with other
 * people's information redacted.
 */
@Component
public class SubjectAccess {

    private static final String PATH = "/api/subject-access-requests";

    private final RestClient caseService;

    SubjectAccess(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** The open requests, soonest due first. */
    public List<SubjectAccessRequestView> open() {
        List<SubjectAccessRequestView> open = caseService
                .get()
                .uri(PATH)
                .retrieve()
                .body(new ParameterizedTypeReference<List<SubjectAccessRequestView>>() {});
        return open == null ? List.of() : open;
    }

    /**
     * Starts a request, returning its id. Bad input is an {@link InvalidRequest} naming the request's fields; a
     * refusal (person-not-registered, requester-name-required, dated-in-future) a {@link CaseServiceProblem.Refused}.
     */
    public String start(SubjectAccessStart request) {
        Started started = caseService
                .post()
                .uri(PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(Started.class);
        return started == null ? null : started.id();
    }

    /** One request: who asked, its deadline, its overrides, how it ended. */
    public SubjectAccessRequestView request(String requestId) {
        return caseService
                .get()
                .uri(PATH + "/{requestId}", requestId)
                .retrieve()
                .body(SubjectAccessRequestView.class);
    }

    /** The response as it stands, assembled now (and logged by case-service as a subject access view). */
    public SubjectAccessResponse response(String requestId) {
        return caseService
                .get()
                .uri(PATH + "/{requestId}/response", requestId)
                .retrieve()
                .body(SubjectAccessResponse.class);
    }

    /**
     * Releases a redacted item as it is, with a note. A stale version is a {@link CaseServiceProblem.Conflict}; a
     * refusal (override-note-required, redaction-already-overridden, no-such-redaction, request-not-open) a {@link
     * CaseServiceProblem.Refused}.
     */
    public void override(String requestId, long version, String itemId, String note) {
        decide(requestId, "/overrides", new SubjectAccessDecision.Override(version, itemId, note));
    }

    /** Takes back an override: the item is redacted again. */
    public void restore(String requestId, long version, String itemId) {
        decide(requestId, "/restorations", new SubjectAccessDecision.Restore(version, itemId));
    }

    /** Releases the response, as reviewed: the request is answered. */
    public void release(String requestId, long version) {
        decide(requestId, "/release", new SubjectAccessDecision.Release(version));
    }

    /**
     * Extends the deadline by one or two further months (UK GDPR Art. 12(3)). A stale version is a {@link
     * CaseServiceProblem.Conflict}; a refusal (extension-after-first-month, deadline-already-extended-to-maximum,
     * extension-beyond-three-months, request-not-open) a {@link CaseServiceProblem.Refused}.
     */
    public void extend(String requestId, SubjectAccessDecision.Extension extension) {
        decide(requestId, "/extension", extension);
    }

    /** Closes the request without a response, for a reason. */
    public void close(String requestId, long version, String reason) {
        decide(requestId, "/closure", new SubjectAccessDecision.Closure(version, reason));
    }

    private void decide(String requestId, String what, Object decision) {
        caseService
                .post()
                .uri(PATH + "/{requestId}" + what, requestId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(decision)
                .retrieve()
                .toBodilessEntity();
    }

    private record Started(String id) {}
}
