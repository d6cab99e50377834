package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Information sharing agreements between agencies: every signed-in user may read them; only
 * information-governance officers register, revise and end them.
 */
@Component
public class SharingAgreements {

    private final RestClient caseService;

    SharingAgreements(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** Every agreement in its current version. */
    public List<AgreementSummary> all() {
        return caseService.get().uri("/api/sharing-agreements").retrieve().body(new ParameterizedTypeReference<>() {});
    }

    public AgreementView agreement(String agreementId) {
        return caseService
                .get()
                .uri("/api/sharing-agreements/{agreementId}", agreementId)
                .retrieve()
                .body(AgreementView.class);
    }

    /** Registers an agreement (its version 1) and returns its id. */
    public String register(AgreementTerms terms) {
        return caseService
                .post()
                .uri("/api/sharing-agreements")
                .contentType(MediaType.APPLICATION_JSON)
                .body(terms)
                .retrieve()
                .body(Created.class)
                .id();
    }

    /** Revises an agreement with its full new terms: its next version. */
    public void revise(String agreementId, AgreementTerms terms, String reason) {
        send("/api/sharing-agreements/{agreementId}/revisions", new Revision(terms, reason), agreementId);
    }

    /** Ends an agreement: it applies up to and including {@code endsOn}. */
    public void end(String agreementId, LocalDate endsOn, String reason) {
        send("/api/sharing-agreements/{agreementId}/end", new End(endsOn, reason), agreementId);
    }

    private void send(String path, Object body, String agreementId) {
        caseService
                .post()
                .uri(path, agreementId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    private record Revision(AgreementTerms terms, String reason) {}

    private record End(LocalDate endsOn, String reason) {}

    private record Created(String id) {}
}
