package uk.joinedup.webui.caseservice;

import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The signed-in practitioner's caseload, and the referrals and cases a manager must decide on. */
@Component
public class Caseloads {

    private final RestClient caseService;

    Caseloads(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    public CaseloadView mine() {
        return caseService.get().uri("/api/caseload").retrieve().body(CaseloadView.class);
    }

    /** Referrals nobody has accepted or declined yet, oldest first; empty unless the user is a team manager. */
    public List<ReferralSummary> referralsAwaitingDecision() {
        return caseService
                .get()
                .uri("/api/referrals/awaiting-decision")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    /** Open cases with no lead professional; empty unless the user is a team manager. */
    public List<CaseloadView.CaseSummary> withoutLeadProfessional() {
        return caseService
                .get()
                .uri("/api/cases/without-lead-professional")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }
}
