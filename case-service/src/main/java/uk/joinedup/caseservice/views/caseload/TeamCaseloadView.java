package uk.joinedup.caseservice.views.caseload;

import java.util.List;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;

/**
 * One page of a team manager's view of their team's caseload, {@value Page#SIZE} cases a page, most
 * needing attention first.
 *
 * @param items this page's cases
 * @param page this page's number, from 1
 * @param totalResults how many cases match the filters
 * @param totalPages how many pages those take, at least 1
 * @param team the manager's team within their agency, or null when their sign-in names none
 * @param keyworkers the team's members, by name: what the keyworker filter offers
 * @param keyworker the keyworker filter applied, or null
 * @param status the status filter applied, or null for every case not closed
 */
public record TeamCaseloadView(
        List<TeamCase> items,
        int page,
        long totalResults,
        int totalPages,
        String team,
        List<Keyworker> keyworkers,
        String keyworker,
        CaseStatus status) {

    /**
     * A case of the team at a glance.
     *
     * @param keyworkers the team's members on the family's team, by name
     * @param referralsAwaitingDecision referrals for the family nobody has accepted or declined yet
     */
    public record TeamCase(
            CaseloadView.CaseSummary summary, List<Keyworker> keyworkers, int referralsAwaitingDecision) {}

    /** A member of the manager's team. */
    public record Keyworker(String userId, String name) {}
}
