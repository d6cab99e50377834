package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * An information-governance officer's erasures (ADR 31; case-service refuses anyone else, 403): those proposed by
 * the daily retention review, held, approved and completed, and the officer's decisions on each. Every decision
 * carries the version the officer saw: a stale one is a {@link CaseServiceProblem.Conflict}, a refused one (held,
 * already approved, not held) a {@link CaseServiceProblem.Refused}, bad input an {@link InvalidRequest}.
 */
@Component
public class Erasures {

    private static final String PATH = "/api/erasures";

    private final RestClient caseService;

    Erasures(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** The erasures by status, with those completed this month. */
    public ErasureList list() {
        ErasureList list = caseService.get().uri(PATH).retrieve().body(ErasureList.class);
        return list == null ? ErasureList.EMPTY : list;
    }

    /** One erasure. */
    public ErasureView erasure(String erasureId) {
        return caseService
                .get()
                .uri(PATH + "/{erasureId}", erasureId)
                .retrieve()
                .body(ErasureView.class);
    }

    /** Approves the erasure: the subject's records will be erased. */
    public void approve(String erasureId, long version) {
        decide(erasureId, "/approval", new ErasureDecision.Approval(version));
    }

    /** Holds the erasure until a review date. */
    public void hold(
            String erasureId, long version, ErasureDecision.HoldReason reason, String note, LocalDate reviewOn) {
        decide(erasureId, "/hold", new ErasureDecision.Hold(version, reason, note, reviewOn));
    }

    /** Releases the hold: the erasure is proposed again. */
    public void release(String erasureId, long version, String note) {
        decide(erasureId, "/hold-release", new ErasureDecision.Release(version, note));
    }

    private void decide(String erasureId, String what, Object decision) {
        caseService
                .post()
                .uri(PATH + "/{erasureId}" + what, erasureId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(decision)
                .retrieve()
                .toBodilessEntity();
    }
}
