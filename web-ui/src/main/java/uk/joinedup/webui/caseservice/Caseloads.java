package uk.joinedup.webui.caseservice;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The signed-in practitioner's caseload and the people they registered, the referrals and cases a manager
 * must decide on, and a manager's view of their team's caseload: every list a page of 50.
 */
@Component
public class Caseloads {

    private final RestClient caseService;

    Caseloads(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** Page {@code page} (from 1) of the user's families, with what awaits them as lead professional. */
    public CaseloadView mine(int page) {
        return caseService
                .get()
                .uri("/api/caseload?page={page}", page)
                .retrieve()
                .body(CaseloadView.class);
    }

    /** Page {@code page} of the people the user registered, newest first. */
    public RegisteredPeoplePage registeredByMe(int page) {
        return caseService
                .get()
                .uri("/api/people/registered-by-me?page={page}", page)
                .retrieve()
                .body(RegisteredPeoplePage.class);
    }

    /** Referrals nobody has accepted or declined yet, oldest first; empty unless the user is a team manager. */
    public ReferralPage referralsAwaitingDecision(int page) {
        return caseService
                .get()
                .uri("/api/referrals/awaiting-decision?page={page}", page)
                .retrieve()
                .body(ReferralPage.class);
    }

    /** Open cases with no lead professional; empty unless the user is a team manager. */
    public CasePage withoutLeadProfessional(int page) {
        return caseService
                .get()
                .uri("/api/cases/without-lead-professional?page={page}", page)
                .retrieve()
                .body(CasePage.class);
    }

    /**
     * Page {@code page} of the cases of the manager's team, most needing attention first.
     *
     * @param keyworker only this member's cases, or null
     * @param status only cases standing so, or null for every case not closed
     */
    public TeamCaseloadView team(String keyworker, CaseStatus status, int page) {
        return caseService
                .get()
                .uri(uri -> {
                    uri.path("/api/caseload/team").queryParam("page", page);
                    if (keyworker != null) {
                        uri.queryParam("keyworker", "{keyworker}");
                    }
                    if (status != null) {
                        uri.queryParam("status", status.name());
                    }
                    return keyworker != null ? uri.build(keyworker) : uri.build();
                })
                .retrieve()
                .body(TeamCaseloadView.class);
    }
}
