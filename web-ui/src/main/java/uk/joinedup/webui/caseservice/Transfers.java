package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Moving a family's case to another agency: its lead professional or a team manager of the case proposes it,
 * naming the receiving agency's practitioner who would lead it; a team manager of the receiving agency accepts
 * (the case is handed over) or declines it. Until then the lead professional keeps the case. The transfers are
 * read with the family ({@link FamilyView#transfers()}); those awaiting the manager's decision, across families,
 * with {@link #awaitingDecision()}. Dates left null mean today.
 */
@Component
public class Transfers {

    private final RestClient caseService;

    Transfers(RestClient caseServiceRestClient) {
        this.caseService = caseServiceRestClient;
    }

    /**
     * Proposes the transfer to the agency of {@code proposedLead} (a username), returning its id; refused with
     * {@link CaseServiceProblem.Conflict} if the family changed since {@code expectedVersion}.
     */
    public String propose(String familyId, long expectedVersion, String proposedLead, String reason) {
        Created created = caseService
                .post()
                .uri("/api/families/{familyId}/transfers", familyId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Proposal(expectedVersion, proposedLead, reason, null))
                .retrieve()
                .body(Created.class);
        return created == null ? null : created.id();
    }

    /**
     * Accepts the transfer: the case is handed over to {@code newLead} (a username of the receiving agency), or
     * to the practitioner proposed if null.
     */
    public void accept(String familyId, String transferId, long expectedVersion, String newLead) {
        send(familyId, transferId, "/acceptance", new Acceptance(expectedVersion, newLead, null));
    }

    /** Declines the transfer, saying why: the case stays with its lead professional. */
    public void decline(String familyId, String transferId, String reason, LocalDate declinedOn) {
        send(familyId, transferId, "/decline", new Decline(reason, declinedOn));
    }

    /** Transfers to the user's agency awaiting its decision, oldest first; empty unless the user is a team manager. */
    public List<TransferSummary> awaitingDecision() {
        List<TransferSummary> awaiting = caseService
                .get()
                .uri("/api/transfers/awaiting-decision")
                .retrieve()
                .body(new ParameterizedTypeReference<List<TransferSummary>>() {});
        return awaiting == null ? List.of() : awaiting;
    }

    private void send(String familyId, String transferId, String path, Object body) {
        caseService
                .post()
                .uri("/api/families/{familyId}/transfers/{transferId}" + path, familyId, transferId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    private record Proposal(long expectedVersion, String proposedLead, String reason, LocalDate proposedOn) {}

    private record Acceptance(long expectedVersion, String newLead, LocalDate acceptedOn) {}

    private record Decline(String reason, LocalDate declinedOn) {}

    private record Created(String id) {}
}
