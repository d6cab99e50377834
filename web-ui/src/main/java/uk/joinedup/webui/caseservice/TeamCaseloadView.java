package uk.joinedup.webui.caseservice;

import java.util.List;

/**
 * One page of a team manager's view of their team's caseload, 50 cases a page, most needing attention
 * first.
 *
 * @param team the manager's team within their agency, or null when their sign-in names none
 * @param keyworkers the team's members, by name
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

    public TeamCaseloadView {
        items = items == null ? List.of() : items;
        keyworkers = keyworkers == null ? List.of() : keyworkers;
    }

    /**
     * A case of the team.
     *
     * @param keyworkers the team's members on the family's team
     * @param referralsAwaitingDecision referrals for the family awaiting a decision
     */
    public record TeamCase(
            CaseloadView.CaseSummary summary, List<Keyworker> keyworkers, int referralsAwaitingDecision) {

        public TeamCase {
            keyworkers = keyworkers == null ? List.of() : keyworkers;
        }
    }

    /** A member of the manager's team. */
    public record Keyworker(String userId, String name) {}
}
