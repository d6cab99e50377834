package uk.joinedup.webui.caseservice;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Early identification, for an early-help team manager (case-service refuses anyone else, 403): the families and
 * households who may meet a programme's criteria today, a decision on one, and confirming a household as a family.
 */
@Component
public class Identification {

    private static final String PATH = "/api/identification/candidates";

    private final RestClient caseService;

    Identification(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** The candidates today, best first, decided or not. */
    public CandidatesList candidates() {
        return caseService.get().uri(PATH).retrieve().body(CandidatesList.class);
    }

    /**
     * Records a decision on a candidate. A missing decision or reason, or a reason too long, is an {@link
     * InvalidRequest}; a candidate no longer on the list a {@link CaseServiceProblem.NotFound}; a decision a rule
     * refuses (such as the same decision for the same reason again) a {@link CaseServiceProblem.Refused}.
     */
    public void decide(String candidateId, CandidateDecision decision) {
        caseService
                .post()
                .uri(PATH + "/{candidateId}/decision", candidateId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(decision)
                .retrieve()
                .toBodilessEntity();
    }

    /**
     * Registers a household from the data as a family under {@code name}, with its members, returning the family's
     * id. A registered family's candidate is a {@link CaseServiceProblem.Refused} ({@code not-a-household}).
     */
    public String confirmHousehold(String candidateId, String name) {
        RegisteredFamily family = caseService
                .post()
                .uri(PATH + "/{candidateId}/household", candidateId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new HouseholdName(name))
                .retrieve()
                .body(RegisteredFamily.class);
        return family == null ? null : family.id();
    }

    private record HouseholdName(String name) {}

    private record RegisteredFamily(String id) {}
}
