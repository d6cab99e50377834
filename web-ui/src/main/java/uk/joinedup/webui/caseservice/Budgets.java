package uk.joinedup.webui.caseservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Family budgets: allocating money to a family's budget (a team manager of the case), commissioning a
 * service with it for a goal of the plan (the lead professional), recording spend and cancelling a
 * commitment (either); and a team manager's spend across their cases, as JSON and CSV. Amounts are sent
 * as JSON numbers of pounds; dates left null mean today. The budget itself is read with the family ({@link
 * FamilyView#budget()}). Changes carry no version: case-service decides each on the budget's latest state.
 */
@Component
public class Budgets {

    private final RestClient caseService;

    Budgets(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /** Allocates money from a funding source to the family's budget, returning the allocation's id. */
    public String allocate(String familyId, AllocationRequest allocation) {
        return send("/allocations", familyId, allocation);
    }

    /** Commissions a service out of one allocation, returning the commitment's id. */
    public String commission(String familyId, CommitmentRequest commitment) {
        return send("/commitments", familyId, commitment);
    }

    /** Records money spent against a commitment. */
    public void recordSpend(String familyId, String commitmentId, SpendRequest spend) {
        send("/commitments/{commitmentId}/spend", familyId, spend, commitmentId);
    }

    /** Cancels a commitment: what was not spent of it goes back to its allocation. */
    public void cancel(String familyId, String commitmentId, CancellationRequest cancellation) {
        caseService
                .post()
                .uri("/api/families/{familyId}/budget/commitments/{commitmentId}/cancellation", familyId, commitmentId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(cancellation)
                .retrieve()
                .toBodilessEntity();
    }

    /** The family budgets of the team manager's cases, by funding source and by family. */
    public SpendBySource spendBySource() {
        return caseService.get().uri("/api/budgets/spend-by-source").retrieve().body(SpendBySource.class);
    }

    /** The same by family and funding source, as CSV with the file name case-service gives it. */
    public ResponseEntity<byte[]> spendBySourceCsv() {
        return caseService
                .get()
                .uri("/api/budgets/spend-by-source.csv")
                .accept(new MediaType("text", "csv"), MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve()
                .toEntity(byte[].class);
    }

    private String send(String path, String familyId, Object body, Object... more) {
        Object[] variables = new Object[more.length + 1];
        variables[0] = familyId;
        System.arraycopy(more, 0, variables, 1, more.length);
        Created created = caseService
                .post()
                .uri("/api/families/{familyId}/budget" + path, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(Created.class);
        return created == null ? null : created.id();
    }

    /** Money for the family's budget from a funding source, for a period (both days included). */
    public record AllocationRequest(FundingSource source, BigDecimal amount, LocalDate from, LocalDate until) {}

    /**
     * A service to commission from a provider, for a goal of the current plan, paid from an allocation;
     * {@code committedOn} null means today.
     */
    public record CommitmentRequest(
            String allocationId,
            String provider,
            String purpose,
            String goalId,
            BigDecimal amount,
            LocalDate committedOn) {}

    /** Money spent against a commitment; {@code spentOn} null means today. */
    public record SpendRequest(BigDecimal amount, LocalDate spentOn) {}

    /** Why a commitment is cancelled; {@code cancelledOn} null means today. */
    public record CancellationRequest(String reason, LocalDate cancelledOn) {}

    private record Created(String id) {}
}
