package uk.joinedup.webui.caseservice;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A team manager's cohort costs: what the families of their cases cost the public purse before and after each case
 * opened, as JSON and as CSV. The cost of one family is read with the family ({@link FamilyView#cost()}).
 */
@Component
public class Costs {

    private final RestClient caseService;

    Costs(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** The cohort's cost before and after its cases opened, by agency, beside the support in the year after. */
    public CohortCostView cohort() {
        return caseService.get().uri("/api/costs/cohort").retrieve().body(CohortCostView.class);
    }

    /** The same family by family, as CSV with the file name case-service gives it. */
    public ResponseEntity<byte[]> cohortCsv() {
        return caseService
                .get()
                .uri("/api/costs/cohort.csv")
                .accept(new MediaType("text", "csv"), MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve()
                .toEntity(byte[].class);
    }
}
