package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** A person's consents to share: reading them, recording one as the user's agency, withdrawing one. */
@Component
public class Consents {

    private final RestClient caseService;

    Consents(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    public ConsentsView of(String personId) {
        return caseService
                .get()
                .uri("/api/people/{personId}/consents", personId)
                .retrieve()
                .body(ConsentsView.class);
    }

    /** Records a consent and returns its id. */
    public String record(String personId, ConsentRequest consent) {
        return caseService
                .post()
                .uri("/api/people/{personId}/consents", personId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(consent)
                .retrieve()
                .body(Created.class)
                .id();
    }

    /** Withdraws a consent from {@code withdrawnOn} (null for today) on. */
    public void withdraw(String personId, String consentId, LocalDate withdrawnOn, String reason) {
        caseService
                .post()
                .uri("/api/people/{personId}/consents/{consentId}/withdrawal", personId, consentId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Withdrawal(withdrawnOn, reason))
                .retrieve()
                .toBodilessEntity();
    }

    private record Withdrawal(LocalDate withdrawnOn, String reason) {}

    private record Created(String id) {}
}
