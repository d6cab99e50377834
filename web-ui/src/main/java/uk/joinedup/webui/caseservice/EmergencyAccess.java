package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Emergency access ("breaking glass"): opening a person's withheld record for a limited time, the
 * overrides a record shows, and their review by information-governance officers and team managers.
 */
@Component
public class EmergencyAccess {

    private final RestClient caseService;

    EmergencyAccess(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** Opens what of the person's record is withheld from the user now, until the time it answers. */
    public Granted breakGlass(String personId, OverrideReason reason, String explanation) {
        return caseService
                .post()
                .uri("/api/people/{personId}/emergency-access", personId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new BreakGlass(reason, explanation))
                .retrieve()
                .body(Granted.class);
    }

    public OverridesView overridesOf(String personId) {
        return caseService
                .get()
                .uri("/api/people/{personId}/emergency-access", personId)
                .retrieve()
                .body(OverridesView.class);
    }

    /** Overrides awaiting the user's review, oldest first; empty unless they review overrides. */
    public List<OverrideSummary> awaitingReview() {
        return caseService
                .get()
                .uri("/api/emergency-access/awaiting-review")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    public void review(String overrideId, boolean justified, String note) {
        caseService
                .post()
                .uri("/api/emergency-access/{overrideId}/review", overrideId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Review(justified, note))
                .retrieve()
                .toBodilessEntity();
    }

    /**
     * Emergency access granted.
     *
     * @param id the override's id
     * @param until when it ends
     */
    public record Granted(String id, Instant until) {}

    private record BreakGlass(OverrideReason reason, String explanation) {}

    private record Review(boolean justified, String note) {}
}
